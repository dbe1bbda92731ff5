package dev.fourfold.scoring;

/**
 * How a KPI is forecast. Smoothing parameters that are given are used as they are; missing ones are fitted by least
 * squares on the one-step errors. Given {@code alpha}/{@code beta} without a method mean Holt.
 *
 * @param method {@code null} means {@code auto}, or {@code holt} when alpha or beta is given
 * @param alpha  level smoothing in [0, 1], or {@code null} to fit
 * @param beta   trend smoothing in [0, 1], or {@code null} to fit
 */
public record ForecastSettings(ForecastMethod method, Double alpha, Double beta) {

    /** Automatic model choice with fitted parameters. */
    public static final ForecastSettings AUTO = new ForecastSettings(ForecastMethod.AUTO, null, null);

    public ForecastSettings {
        if (method == null) {
            method = alpha != null || beta != null ? ForecastMethod.HOLT : ForecastMethod.AUTO;
        }
    }
}
