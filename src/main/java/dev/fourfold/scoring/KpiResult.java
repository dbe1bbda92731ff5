package dev.fourfold.scoring;

import dev.fourfold.shared.Period;

/**
 * A KPI evaluated at a period and view: its aggregated actual and target, completeness (present ÷ expected native
 * periods to date), score and colour or the reason there is none. The explanation is built when first asked for.
 */
public final class KpiResult {

    private final KpiOutcome outcome;
    private final KpiEvaluator evaluator;
    private final Bands bands;
    private final Cap cap;
    private volatile KpiExplanation explanation;

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

    @Override
    public String toString() {
        return code() + " " + outcome.period + " " + outcome.view.key() + ": " + outcome.result;
    }
}
