package dev.fourfold.scoring;

import java.util.List;

/**
 * A KPI's forecast to the end of the fiscal year (or for a number of periods), or why there is none.
 *
 * <p><b>Series.</b> The native actuals up to the selected period (a formula KPI's native values), gaps skipped;
 * at least 4 values. Holt's linear trend starts from ℓ0 = y1, b0 = y2 − y1; additive Holt-Winters needs two full
 * seasons (24 months or 8 quarters) of values. Parameters not given are fitted by least squares on the one-step
 * errors from the third value on; {@code auto} picks the model with the lower mean squared one-step error.
 *
 * <p><b>Interval.</b> 95 %: value ± 1.96 σ √v_h, where σ² is the mean squared one-step error from the third value
 * on and v_h = 1 + Σ_{j=1}^{h−1} α²(1 + jβ)² (Holt-Winters adds γ inside the square at whole seasons).
 *
 * <p><b>Probability of meeting the year-end target</b> (normal approximation). The year value Y is projected from
 * the actuals of the fiscal year so far and the forecasts of its remaining native periods, combined by the KPI's
 * aggregation (a formula KPI: its target aggregation): {@code sum} Y = actuals + Σ forecasts with variance
 * σ² Σ v_h; {@code average} Y = (actuals + Σ forecasts) ÷ count with variance σ² Σ v_h ÷ count²; {@code last}
 * Y = the forecast of the fiscal year's last period with variance σ² v_H. The forecast errors of different horizons
 * are treated as independent, which understates the variance of sums of trending forecasts; treat the probability
 * as indicative. P = Φ((Y − T) ÷ sd) for higher-is-better, Φ((T − Y) ÷ sd) for lower-is-better, with T the
 * full-year target; none for {@code min}/{@code max} aggregation, range polarity or without a full-year target.
 * With no period left to forecast, P is 1 when Y meets T and 0 otherwise.
 */
public sealed interface Forecast permits Forecast.Projection, Forecast.NoForecast {

    /**
     * A forecast.
     *
     * @param method            the model used: {@code holt} or {@code holt-winters}
     * @param gamma             seasonal smoothing, {@code null} for Holt
     * @param sigma2            mean squared one-step error from the third value on
     * @param values            how many actual values the model was fitted on
     * @param points            forecasts of the native periods after the last value
     * @param yearEndValue      the projected fiscal-year value, or {@code null}
     * @param yearEndTarget     the full-year target, or {@code null}
     * @param targetProbability probability (0–1) of meeting the full-year target, or {@code null}
     */
    record Projection(String code, ForecastMethod method, double alpha, double beta, Double gamma, double sigma2,
                      int values, List<ForecastPoint> points, Double yearEndValue, Double yearEndTarget,
                      Double targetProbability) implements Forecast {
        public Projection {
            points = List.copyOf(points);
        }
    }

    /** No forecast, and why (e.g. fewer than 4 values). */
    record NoForecast(String code, String reason) implements Forecast {
    }
}
