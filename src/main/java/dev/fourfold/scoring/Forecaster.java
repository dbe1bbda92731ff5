package dev.fourfold.scoring;

import dev.fourfold.shared.Frequency;
import dev.fourfold.shared.Period;

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
        YearOutlook outlook = YearOutlook.of(kpi, series, fit, calendar.firstInside(kpi.frequency, year), yearEnd);
        return new Forecast.Projection(code, fit.method(), fit.alpha(), fit.beta(),
                fit.method() == ForecastMethod.HOLT ? null : fit.gamma(), fit.mse(), series.size(), points,
                Numbers.boxed(outlook.value()), Numbers.boxed(outlook.target()), Numbers.boxed(outlook.probability()));
    }

    static int seasonLength(Frequency frequency) {
        return switch (frequency) {
            case MONTHLY -> 12;
            case QUARTERLY -> 4;
            case DAILY, WEEKLY, YEARLY -> 0;
        };
    }

    static int position(Frequency frequency, int index) {
        int m = seasonLength(frequency);
        return m == 0 ? 0 : Math.floorMod(index, m);
    }
}
