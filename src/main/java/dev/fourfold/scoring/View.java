package dev.fourfold.scoring;

/**
 * Which window of time a KPI is judged over at a selected period: the {@code period} itself, the fiscal year to
 * date ({@code ytd}, actual against the year-to-date target) or the {@code year} (actual to date against the
 * full-year target).
 */
public enum View {
    PERIOD, YTD, YEAR;

    /** The key used in files and the API: {@code period}, {@code ytd} or {@code year}. */
    public String key() {
        return Keys.of(this);
    }

    /** Parses {@code period}, {@code ytd} or {@code year}, ignoring case. */
    public static View fromKey(String key) {
        return Keys.parse(values(), key, "a view");
    }
}
