package dev.fourfold.scoring;

import dev.fourfold.shared.Frequency;

import java.math.BigDecimal;

/**
 * What the engine needs to know about a KPI (measure). Optional components may be {@code null}; the constructor
 * fills the documented defaults: polarity {@code higher}, frequency {@code monthly}, aggregation {@code sum}
 * ({@code formula} when a formula is given), weight 1, missing inputs {@code blank}, target aggregation
 * {@code average}, forecast {@code auto}.
 *
 * @param code              unique in the organisation, compared case-insensitively, used in formulas
 * @param method            overrides the scorecard's default method (same scale), or {@code null}
 * @param weight            relative weight in its objective; 0 excludes the KPI from the roll-up
 * @param baseline          the starting point of the {@code progress} method
 * @param min               lower end of the {@code minmax} method
 * @param max               upper end of the {@code minmax} method
 * @param redFlag           the red flag of the {@code goal-redflag} method (the goal is the target)
 * @param band              the band of a {@code range} KPI
 * @param thresholds        value thresholds in the KPI's unit, taking precedence over the bands
 * @param formula           the formula of a calculated KPI (grammar: docs/scoring-rules.md, rule 8), or {@code null}
 * @param missingInputs     whether a formula reads a missing input as 0
 * @param targetAggregation how a formula KPI's own targets aggregate over longer periods
 * @param target            the target of every native period unless the data overrides it, or {@code null}
 * @param forecast          forecast model and smoothing parameters
 */
public record KpiDefinition(String code, Polarity polarity, Frequency frequency, Aggregation aggregation,
                            Method method, BigDecimal weight, BigDecimal baseline, BigDecimal min, BigDecimal max,
                            BigDecimal redFlag, BandRange band, ValueThresholds thresholds, String formula,
                            MissingInputs missingInputs, Aggregation targetAggregation, BigDecimal target,
                            ForecastSettings forecast) {

    public KpiDefinition {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("a KPI needs a code");
        }
        polarity = polarity == null ? Polarity.HIGHER : polarity;
        frequency = frequency == null ? Frequency.MONTHLY : frequency;
        aggregation = aggregation == null ? (formula == null ? Aggregation.SUM : Aggregation.FORMULA) : aggregation;
        weight = weight == null ? BigDecimal.ONE : weight;
        missingInputs = missingInputs == null ? MissingInputs.BLANK : missingInputs;
        targetAggregation = targetAggregation == null ? Aggregation.AVERAGE : targetAggregation;
        forecast = forecast == null ? ForecastSettings.AUTO : forecast;
    }

    /** Whether this is a calculated KPI. */
    public boolean isFormula() {
        return formula != null;
    }

    /** How this KPI's targets combine over longer periods: like its actuals, or its target aggregation for a formula. */
    Aggregation targetCombination() {
        return isFormula() ? targetAggregation : aggregation;
    }
}
