package dev.fourfold.shared;

import java.util.Locale;

/**
 * How often a KPI's value is collected; also the granularity of a {@link Period}. Days and ISO-8601 weeks are
 * calendar periods; months, fiscal quarters and fiscal years are built from whole months.
 */
public enum Frequency {
    DAILY(0), WEEKLY(0), MONTHLY(1), QUARTERLY(3), YEARLY(12);

    private final int months;

    Frequency(int months) {
        this.months = months;
    }

    /** Number of calendar months one period of this frequency spans; 0 for days and weeks. */
    public int months() {
        return months;
    }

    /** Whether a period of this frequency is made of whole calendar months (months, quarters, years). */
    public boolean isMonthBased() {
        return months > 0;
    }

    /** The lower-case name used in files and the API ({@code monthly}). */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code daily}, {@code weekly}, {@code monthly}, {@code quarterly} or {@code yearly}, ignoring case. */
    public static Frequency fromKey(String key) {
        for (Frequency f : values()) {
            if (f.key().equalsIgnoreCase(key)) {
                return f;
            }
        }
        throw new IllegalArgumentException("'" + key + "' is not a frequency; expected daily, weekly, monthly, quarterly or yearly");
    }
}
