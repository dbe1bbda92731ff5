package dev.fourfold.kpi;

import java.util.Locale;

/** Whether a KPI leads (predicts) or lags (reports) the results of its objective. */
public enum Indicator {
    LEAD, LAG;

    /** The key used in files and the API: {@code lead} or {@code lag}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code lead} or {@code lag}, exactly as written (case counts). */
    public static Indicator fromKey(String key) {
        for (Indicator indicator : values()) {
            if (indicator.key().equals(key)) {
                return indicator;
            }
        }
        throw new IllegalArgumentException("must be 'lead' or 'lag', was '" + key + "'");
    }
}
