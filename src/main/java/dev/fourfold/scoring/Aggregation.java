package dev.fourfold.scoring;

/**
 * How a KPI's native-period values combine into a longer period: {@code sum} for flows (revenue), {@code average}
 * for rates, {@code last} for balances (headcount), {@code min}, {@code max}, or {@code formula}: a calculated KPI
 * aggregates each input by the input's own aggregation and then evaluates its formula.
 */
public enum Aggregation {
    SUM, AVERAGE, LAST, MIN, MAX, FORMULA;

    /** The key used in files and the API: {@code sum}, {@code average}, {@code last}, {@code min}, {@code max}, {@code formula}. */
    public String key() {
        return Keys.of(this);
    }

    /** Parses an aggregation key, ignoring case. */
    public static Aggregation fromKey(String key) {
        return Keys.parse(values(), key, "an aggregation");
    }
}
