package dev.fourfold.scoring;

/**
 * The forecasting model of a KPI: Holt's linear trend, additive Holt-Winters (needs two full seasons), or
 * {@code auto}, which picks the one with the lower one-step error.
 */
public enum ForecastMethod {
    AUTO, HOLT, HOLT_WINTERS;

    /** The key used in files and the API: {@code auto}, {@code holt} or {@code holt-winters}. */
    public String key() {
        return Keys.of(this);
    }

    /** Parses {@code auto}, {@code holt} or {@code holt-winters}, ignoring case. */
    public static ForecastMethod fromKey(String key) {
        return Keys.parse(values(), key, "a forecast method");
    }
}
