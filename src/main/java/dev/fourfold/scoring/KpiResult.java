package dev.fourfold.scoring;

import dev.fourfold.shared.Period;

/**
 * A KPI evaluated at a period and view: its aggregated actual and target, completeness (present ÷ expected native
 * periods to date), score and colour or the reason there is none; beside them its budget, stretch target and prior
 * year, and the actual's variance to each. The explanation and the comparisons are worked out when first asked for.
 */
public final class KpiResult {

    private final KpiOutcome outcome;
    private final KpiEvaluator evaluator;
    private final Bands bands;
    private final Cap cap;
    private volatile KpiExplanation explanation;
    private volatile Comparisons comparisons;

    KpiResult(KpiOutcome outcome, KpiEvaluator evaluator, Bands bands, Cap cap) {
        this.outcome = outcome;
        this.evaluator = evaluator;
        this.bands = bands;
        this.cap = cap;
    }

    /** The KPI's code as defined. */
    public String code() {
        return outcome.kpi.definition.code();
    }

    public KpiDefinition definition() {
        return outcome.kpi.definition;
    }

    public Period period() {
        return outcome.period;
    }

    public View view() {
        return outcome.view;
    }

    /** The actual aggregated over the window (to date), or {@code null} when there is none. */
    public Double actual() {
        return Numbers.boxed(outcome.actual);
    }

    /** The like-for-like target (full-year target in the {@code year} view), or {@code null}. */
    public Double target() {
        return Numbers.boxed(outcome.target);
    }

    /**
     * The budget like-for-like with the actual, as the target (the full-year budget in the {@code year} view), or
     * {@code null} when a period that counts has none. Never scored.
     */
    public Double budget() {
        return Numbers.boxed(comparisons().budget());
    }

    /** The stretch target, like-for-like as the target, or {@code null}. Shown beside the target, never scored. */
    public Double stretch() {
        return Numbers.boxed(comparisons().stretch());
    }

    /**
     * The actual over the same native periods one year earlier (for a formula, its value over the window a year
     * earlier), or {@code null} when there is none.
     */
    public Double priorYear() {
        return Numbers.boxed(comparisons().priorYear());
    }

    /** Actual − target, and as a percent of |target|. */
    public Variance targetVariance() {
        return Variance.of(actual(), target());
    }

    /** Actual − budget, and as a percent of |budget|. */
    public Variance budgetVariance() {
        return Variance.of(actual(), budget());
    }

    /** Actual − stretch target, and as a percent of |stretch target|. */
    public Variance stretchVariance() {
        return Variance.of(actual(), stretch());
    }

    /** Actual − prior year, and as a percent of |prior year|. */
    public Variance priorYearVariance() {
        return Variance.of(actual(), priorYear());
    }

    /**
     * Present ÷ expected native periods to date, 0–1; for a formula KPI the lowest of its inputs'. {@code null}
     * when the window holds no native period of the KPI (e.g. a month of a quarterly KPI).
     */
    public Double completeness() {
        return Numbers.boxed(outcome.completeness);
    }

    public ScoreResult result() {
        return outcome.result;
    }

    /** The score, or {@code null}. */
    public Double score() {
        return outcome.result.score();
    }

    public Status status() {
        return outcome.result.status();
    }

    /** Why there is no score, or {@code null}. */
    public String reason() {
        return outcome.result.reason();
    }

    /** How the score came about; built on first use. */
    public KpiExplanation explanation() {
        KpiExplanation e = explanation;
        if (e == null) {
            // the evaluator remembers the values of its evaluation for every result of it, and is not thread-safe
            synchronized (evaluator) {
                e = Explainer.kpi(outcome, evaluator, bands, cap);
            }
            explanation = e;
        }
        return e;
    }

    private Comparisons comparisons() {
        Comparisons c = comparisons;
        if (c == null) {
            // as for explanations: the evaluator remembers formula values and is not thread-safe
            synchronized (evaluator) {
                c = Comparisons.of(outcome, evaluator);
            }
            comparisons = c;
        }
        return c;
    }

    @Override
    public String toString() {
        return code() + " " + outcome.period + " " + outcome.view.key() + ": " + outcome.result;
    }
}
