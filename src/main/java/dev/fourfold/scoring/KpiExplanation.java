package dev.fourfold.scoring;

import dev.fourfold.shared.Period;

import java.util.List;

/**
 * How a KPI's score came about.
 *
 * @param periods        native periods counted (that have an actual, or for a formula KPI, a value)
 * @param missingPeriods native periods expected to date that have none
 * @param method         the scoring method's key
 * @param formula        for a calculated KPI, its formula with the aggregated inputs substituted, else {@code null}
 * @param workings       the method with numbers substituted, e.g. {@code band, 2 above 10 with tolerance 4 = 50},
 *                       or {@code null} when not scored
 * @param colour         what set the colour, e.g. {@code amber from 80} or {@code green: actual 720 ≥ threshold 700}
 * @param reason         why there is no score, or {@code null}
 */
public record KpiExplanation(String code, Period period, View view, Double actual, Double target, Double completeness,
                             List<Period> periods, List<Period> missingPeriods, String method, String formula,
                             String workings, Double score, Status status, String colour, String reason,
                             String text) implements Explanation {

    public KpiExplanation {
        periods = List.copyOf(periods);
        missingPeriods = List.copyOf(missingPeriods);
    }
}
