package dev.fourfold.scoring;

import org.apache.commons.math3.special.Erf;

/**
 * The projected fiscal-year value of a KPI from its actuals so far and the forecasts of the remaining native
 * periods, with its variance, the full-year target and the probability of meeting it (normal approximation,
 * forecast errors of different horizons taken as independent; see {@link Forecast}). {@code NaN} where undefined.
 */
record YearOutlook(double value, double variance, double target, double probability) {

    private static final YearOutlook NONE = new YearOutlook(Double.NaN, Double.NaN, Double.NaN, Double.NaN);

    /** @param first the fiscal year's first native ordinal, {@code end} one past its last */
    static YearOutlook of(CompiledKpi kpi, NativeSeries series, SmoothingFit fit, int first, int end) {
        Aggregation aggregation = kpi.targetAggregation;
        if (aggregation == Aggregation.MIN || aggregation == Aggregation.MAX) {
            return NONE;
        }
        double sum = 0;
        double variance = 0;
        double last = Double.NaN;
        double lastVariance = 0;
        int count = 0;
        for (int k = 0; k < series.size(); k++) {
            if (series.index(k) >= first && series.index(k) < end) {
                sum += last = series.value(k);
                count++;
            }
        }
        for (int i = Math.max(first, series.lastIndex() + 1); i < end; i++) {
            int h = i - series.lastIndex();
            sum += last = fit.forecast(h, Forecaster.position(kpi.frequency, i));
            variance += lastVariance = fit.mse() * fit.varianceFactor(h);
            count++;
        }
        if (count == 0) {
            return NONE;
        }
        double value = switch (aggregation) {
            case LAST -> last;
            case AVERAGE -> sum / count;
            default -> sum;
        };
        double var = switch (aggregation) {
            case LAST -> lastVariance;
            case AVERAGE -> variance / ((double) count * count);
            default -> variance;
        };
        double target = fullYearTarget(kpi, first, end, aggregation);
        return new YearOutlook(value, var, target, probability(kpi.parameters.polarity(), value, var, target));
    }

    private static double fullYearTarget(CompiledKpi kpi, int first, int end, Aggregation aggregation) {
        Aggregate a = new Aggregate();
        for (int i = first; i < end; i++) {
            double t = kpi.target(i);
            if (Double.isNaN(t)) {
                return Double.NaN;
            }
            a.add(t, i, aggregation);
        }
        return a.result(aggregation);
    }

    /** Φ(margin ÷ sd), the margin signed by the polarity; certain when nothing is left to forecast. */
    private static double probability(Polarity polarity, double value, double variance, double target) {
        if (polarity == Polarity.RANGE || Double.isNaN(target)) {
            return Double.NaN;
        }
        double margin = polarity == Polarity.LOWER ? target - value : value - target;
        if (variance <= 0) {
            return margin >= 0 ? 1 : 0;
        }
        return 0.5 * (1 + Erf.erf(margin / Math.sqrt(2 * variance)));
    }
}
