package dev.fourfold.scoring;

import dev.fourfold.shared.Frequency;
import dev.fourfold.shared.Period;
import org.apache.commons.math3.special.Erf;

import java.util.ArrayList;
import java.util.List;

/** Builds a {@link Forecast} of one KPI at a selected period; the rules are documented on {@link Forecast}. */
final class Forecaster {

    private static final double Z95 = 1.959963984540054;
    private static final int MINIMUM_VALUES = 4;

    private final KpiEvaluator evaluator;
    private final FiscalCalendar calendar;

    Forecaster(KpiEvaluator evaluator) {
        this.evaluator = evaluator;
        this.calendar = evaluator.calendar();
    }

    /** @param horizon how many native periods to forecast; 0 means up to the end of the fiscal year */
    Forecast forecast(CompiledKpi kpi, Period period, int horizon) {
        NativeSeries series = NativeSeries.upTo(kpi, calendar.endInside(kpi.frequency, calendar.window(period)), evaluator);
        String code = kpi.definition.code();
        if (series.size() < MINIMUM_VALUES) {
            return new Forecast.NoForecast(code, "a forecast needs at least " + MINIMUM_VALUES + " values; " + code
                    + " has " + series.size() + " up to " + period);
        }
        SmoothingFit fit = SmoothingChoice.fit(series, seasonLength(kpi.frequency), kpi.definition.forecast());
        Window year = calendar.fiscalYearWindow(period);
        int yearEnd = calendar.endInside(kpi.frequency, year);
        int last = series.lastIndex();
        int count = horizon > 0 ? horizon : Math.max(0, yearEnd - last - 1);
        double sigma = Math.sqrt(fit.mse());
        List<ForecastPoint> points = new ArrayList<>(count);
        for (int h = 1; h <= count; h++) {
            double value = fit.forecast(h, position(kpi.frequency, last + h));
            double half = Z95 * sigma * Math.sqrt(fit.varianceFactor(h));
            points.add(new ForecastPoint(calendar.nativePeriod(kpi.frequency, last + h), h, value, value - half, value + half));
        }
        double[] outlook = yearEnd(kpi, series, fit, calendar.firstInside(kpi.frequency, year), yearEnd);
        return new Forecast.Projection(code, fit.method(), fit.alpha(), fit.beta(),
                fit.method() == ForecastMethod.HOLT ? null : fit.gamma(), fit.mse(), series.size(), points,
                Numbers.boxed(outlook[0]), Numbers.boxed(outlook[2]), Numbers.boxed(outlook[3]));
    }

    /** {projected year value, its variance, full-year target, probability}; NaN where not defined. */
    private double[] yearEnd(CompiledKpi kpi, NativeSeries series, SmoothingFit fit, int first, int end) {
        Aggregation aggregation = kpi.targetAggregation;
        double[] none = {Double.NaN, Double.NaN, Double.NaN, Double.NaN};
        if (aggregation == Aggregation.MIN || aggregation == Aggregation.MAX) {
            return none;
        }
        double sum = 0;
        double variance = 0;
        double lastValue = Double.NaN;
        double lastVariance = 0;
        int count = 0;
        for (int k = 0; k < series.size(); k++) {
            if (series.index(k) >= first && series.index(k) < end) {
                sum += series.value(k);
                lastValue = series.value(k);
                count++;
            }
        }
        for (int i = Math.max(first, series.lastIndex() + 1); i < end; i++) {
            int h = i - series.lastIndex();
            lastValue = fit.forecast(h, position(kpi.frequency, i));
            lastVariance = fit.mse() * fit.varianceFactor(h);
            sum += lastValue;
            variance += lastVariance;
            count++;
        }
        if (count == 0) {
            return none;
        }
        double value = aggregation == Aggregation.LAST ? lastValue
                : aggregation == Aggregation.AVERAGE ? sum / count : sum;
        double var = aggregation == Aggregation.LAST ? lastVariance
                : aggregation == Aggregation.AVERAGE ? variance / ((double) count * count) : variance;
        double target = fullYearTarget(kpi, first, end, aggregation);
        return new double[] {value, var, target, probability(kpi.parameters.polarity(), value, var, target)};
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

    static int seasonLength(Frequency frequency) {
        return switch (frequency) {
            case MONTHLY -> 12;
            case QUARTERLY -> 4;
            case YEARLY -> 0;
        };
    }

    static int position(Frequency frequency, int index) {
        int m = seasonLength(frequency);
        return m == 0 ? 0 : Math.floorMod(index, m);
    }
}
