package dev.fourfold.scoring;

import dev.fourfold.shared.Period;

/**
 * One native period of a KPI's series in a view: actual, target, completeness, score and colour, or the reason
 * there is no score, and the budget, stretch target and prior year beside them (see {@link KpiResult}). {@code null}
 * numbers mean "none".
 */
public record SeriesPoint(Period period, Double actual, Double target, Double completeness, Double score,
                          Status status, String reason, Double budget, Double stretch, Double priorYear) {

    /** A point without budget, stretch target or prior year. */
    public SeriesPoint(Period period, Double actual, Double target, Double completeness, Double score, Status status,
                       String reason) {
        this(period, actual, target, completeness, score, status, reason, null, null, null);
    }

    static SeriesPoint of(KpiResult result) {
        return new SeriesPoint(result.period(), result.actual(), result.target(), result.completeness(),
                result.score(), result.status(), result.reason(), result.budget(), result.stretch(),
                result.priorYear());
    }

    /** Actual − target, and as a percent of |target|. */
    public Variance targetVariance() {
        return Variance.of(actual, target);
    }

    /** Actual − budget, and as a percent of |budget|. */
    public Variance budgetVariance() {
        return Variance.of(actual, budget);
    }

    /** Actual − stretch target, and as a percent of |stretch target|. */
    public Variance stretchVariance() {
        return Variance.of(actual, stretch);
    }

    /** Actual − prior year, and as a percent of |prior year|. */
    public Variance priorYearVariance() {
        return Variance.of(actual, priorYear);
    }
}
