package dev.fourfold.scoring;

import java.math.BigDecimal;

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
