package dev.fourfold.scoring;

import dev.fourfold.shared.Period;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;

/**
 * The scoring engine: pure functions from definitions and values to scores, colours, roll-ups, series, forecasts
 * and explanations. Stateless and thread-safe; a configuration class outside {@code scoring} makes it a bean.
 *
 * <p><b>Numbers.</b> Inputs arrive as exact {@link BigDecimal}s. They are converted to {@code double} once, when a
 * {@link ScoringModel} is built, and everything after that computes in IEEE-754 double: this is what the published
 * numbers are (the Acme margin 36.8421052631579 is {@code 100 * (104.5 − 66) / 104.5} in double), it lets the
 * model keep values in primitive arrays without boxing, and the scores are ratios that decimal arithmetic would
 * have to round anyway. Band comparisons allow 1e-9 for the binary representation of decimal inputs.
 */
public final class ScoringEngine {

    /**
     * Compiles a scorecard and its data for repeated evaluation; the fast path when evaluating many periods or
     * views of the same data (e.g. a dashboard's period, YTD and year columns).
     */
    public ScoringModel compile(ScorecardDefinition scorecard, ScorecardData data) {
        return ScoringModel.of(scorecard, data);
    }

    /** Evaluates a scorecard at a period and view: the tree scorecard → perspectives → objectives → KPIs. */
    public Evaluation evaluate(ScorecardDefinition scorecard, ScorecardData data, Period period, View view) {
        return compile(scorecard, data).evaluate(period, view);
    }

    /** A KPI's native periods from {@code from} to {@code to} in a view, with its forecast. */
    public KpiSeries series(ScorecardDefinition scorecard, ScorecardData data, String kpiCode, Period from, Period to,
                            View view) {
        return compile(scorecard, data).series(kpiCode, from, to, view);
    }

    /** A KPI's forecast from its values up to {@code period}; {@code horizon} 0 means to the fiscal-year end. */
    public Forecast forecast(ScorecardDefinition scorecard, ScorecardData data, String kpiCode, Period period,
                             int horizon) {
        return compile(scorecard, data).forecast(kpiCode, period, horizon);
    }

    /** Checks a scorecard definition; an empty list means valid. See {@link DefinitionValidator}. */
    public List<DefinitionProblem> validate(ScorecardDefinition scorecard, Collection<KpiDefinition> otherKpis) {
        return DefinitionValidator.validate(scorecard, otherKpis);
    }

    /**
     * Scores one value of a KPI of {@code scorecard} at its native frequency, as the {@code period} view would:
     * method, cap, and colour from the value thresholds or the bands. A {@code null} target is "no target".
     */
    public ScoreResult scoreValue(ScorecardDefinition scorecard, KpiDefinition kpi, BigDecimal actual,
                                  BigDecimal target) {
        double t = target != null ? target.doubleValue() : Numbers.toDouble(kpi.target());
        return KpiScoring.score(KpiParameters.of(kpi, scorecard), scorecard.bands(), scorecard.cap(),
                Numbers.toDouble(actual), t, true, "no actual", "no target");
    }
}
