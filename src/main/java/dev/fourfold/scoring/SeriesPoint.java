package dev.fourfold.scoring;

import dev.fourfold.shared.Period;

/**
 * One native period of a KPI's series in a view: actual, target, completeness, score and colour, or the reason
 * there is no score. {@code null} numbers mean "none".
 */
public record SeriesPoint(Period period, Double actual, Double target, Double completeness, Double score,
                          Status status, String reason) {

    static SeriesPoint of(KpiResult result) {
        return new SeriesPoint(result.period(), result.actual(), result.target(), result.completeness(),
                result.score(), result.status(), result.reason());
    }
}
