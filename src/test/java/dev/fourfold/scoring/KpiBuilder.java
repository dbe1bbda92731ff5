package dev.fourfold.scoring;

import dev.fourfold.shared.Frequency;

import java.math.BigDecimal;

/** Test builder of KPI definitions: {@code aKpi("REV").lowerIsBetter().withTarget("10")}. */
final class KpiBuilder {

    private final String code;
    private Polarity polarity;
    private Frequency frequency;
    private Aggregation aggregation;
    private Method method;
    private BigDecimal weight;
    private BigDecimal baseline;
    private BigDecimal min;
    private BigDecimal max;
    private BigDecimal redFlag;
    private BandRange band;
    private ValueThresholds thresholds;
    private String formula;
    private MissingInputs missingInputs;
    private Aggregation targetAggregation;
    private BigDecimal target;
    private ForecastSettings forecast;

    private KpiBuilder(String code) {
        this.code = code;
    }

    static KpiBuilder aKpi(String code) {
        return new KpiBuilder(code);
    }

    KpiBuilder lowerIsBetter() {
        polarity = Polarity.LOWER;
        return this;
    }

    KpiBuilder inRange(String low, String high, String tolerance) {
        polarity = Polarity.RANGE;
        return withBand(low, high, tolerance);
    }

    KpiBuilder withBand(String low, String high, String tolerance) {
        band = new BandRange(dec(low), dec(high), dec(tolerance));
        return this;
    }

    KpiBuilder polarity(Polarity value) {
        polarity = value;
        return this;
    }

    KpiBuilder daily() {
        frequency = Frequency.DAILY;
        return this;
    }

    KpiBuilder weekly() {
        frequency = Frequency.WEEKLY;
        return this;
    }

    KpiBuilder quarterly() {
        frequency = Frequency.QUARTERLY;
        return this;
    }

    KpiBuilder yearly() {
        frequency = Frequency.YEARLY;
        return this;
    }

    KpiBuilder aggregatedBy(Aggregation value) {
        aggregation = value;
        return this;
    }

    KpiBuilder scoredBy(Method value) {
        method = value;
        return this;
    }

    KpiBuilder weighing(String value) {
        weight = dec(value);
        return this;
    }

    KpiBuilder withBaseline(String value) {
        baseline = dec(value);
        return this;
    }

    KpiBuilder between(String low, String high) {
        min = dec(low);
        max = dec(high);
        return this;
    }

    KpiBuilder withRedFlag(String value) {
        redFlag = dec(value);
        return this;
    }

    KpiBuilder withThresholds(String amber, String green, String blue) {
        thresholds = new ValueThresholds(dec(amber), dec(green), dec(blue));
        return this;
    }

    KpiBuilder calculatedAs(String value) {
        formula = value;
        return this;
    }

    KpiBuilder treatingMissingInputsAsZero() {
        missingInputs = MissingInputs.ZERO;
        return this;
    }

    KpiBuilder withTargetsAggregatedBy(Aggregation value) {
        targetAggregation = value;
        return this;
    }

    KpiBuilder withTarget(String value) {
        target = dec(value);
        return this;
    }

    KpiBuilder forecastBy(ForecastSettings value) {
        forecast = value;
        return this;
    }

    KpiDefinition build() {
        return new KpiDefinition(code, polarity, frequency, aggregation, method, weight, baseline, min, max, redFlag,
                band, thresholds, formula, missingInputs, targetAggregation, target, forecast);
    }

    static BigDecimal dec(String value) {
        return value == null ? null : new BigDecimal(value);
    }
}
