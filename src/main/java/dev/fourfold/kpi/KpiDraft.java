package dev.fourfold.kpi;

import dev.fourfold.shared.FieldProblem;
import dev.fourfold.shared.InvalidInputException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A KPI as a client, a scorecard file or the demo supplies it: anything may be missing, texts are as typed and the
 * vocabulary is in keys ({@code higher}, {@code monthly}, {@code holt-winters}…). {@link #complete()} is the only way
 * from a draft to a {@link Kpi}; the defaults it applies are those of {@link KpiDefaults}.
 *
 * @param position  its place among its objective's KPIs, or null (or 0) to place it last
 * @param version   the version the author last read (updates only)
 */
public record KpiDraft(Long objectiveId, String code, String name, String description, String unit, String polarity,
                       String frequency, String aggregation, String method, BigDecimal weight, Integer position,
                       BigDecimal baseline, BigDecimal min, BigDecimal max, BigDecimal redFlag, Kpi.Band band,
                       Kpi.Thresholds thresholds, String formula, String missingInputs, String targetAggregation,
                       BigDecimal target, String owner, String lead, BigDecimal benchmark, Integer graceDays,
                       Forecast forecast, Long version) {

    /**
     * Forecast settings as written.
     *
     * @param method {@code auto}, {@code holt} or {@code holt-winters}; missing means {@code auto}, or {@code holt}
     *               when alpha or beta is given
     */
    public record Forecast(String method, BigDecimal alpha, BigDecimal beta) {

        /** The settings of a stored KPI, in keys. */
        public static Forecast of(Kpi.Forecast f) {
            return new Forecast(f.method().key(), f.alpha(), f.beta());
        }
    }

    /**
     * The complete KPI, every default applied; without id or scorecard, which saving assigns.
     *
     * @throws InvalidInputException naming every field that is out of range or not a known key
     */
    public Kpi complete() {
        List<FieldProblem> problems = new ArrayList<>();
        Kpi kpi = complete(problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return kpi;
    }

    /** The complete KPI, or empty when a field has a problem (which saving the draft reports). */
    public Optional<Kpi> completed() {
        return Optional.ofNullable(complete(new ArrayList<>()));
    }

    /** The complete KPI, or null after adding the problems of its fields to {@code problems}. */
    Kpi complete(List<FieldProblem> problems) {
        return KpiDefaults.complete(this, problems);
    }
}
