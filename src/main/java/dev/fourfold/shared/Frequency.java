package dev.fourfold.shared;

import java.util.Locale;

/** How often a KPI's value is collected; also the granularity of a {@link Period}. */
public enum Frequency {
    MONTHLY(1), QUARTERLY(3), YEARLY(12);

    private final int months;

    Frequency(int months) {
        this.months = months;
    }

    /** Number of calendar months one period of this frequency spans. */
    public int months() {
        return months;
    }

    /** The lower-case name used in files and the API ({@code monthly}). */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code monthly}, {@code quarterly} or {@code yearly}, ignoring case. */
    public static Frequency fromKey(String key) {
        for (Frequency f : values()) {
            if (f.key().equalsIgnoreCase(key)) {
                return f;
            }
        }
        throw new IllegalArgumentException("'" + key + "' is not a frequency; expected monthly, quarterly or yearly");
    }
}
