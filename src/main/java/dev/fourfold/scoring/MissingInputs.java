package dev.fourfold.scoring;

/** What a formula KPI does with an input that has no value: it has no value itself ({@code blank}) or reads 0 ({@code zero}). */
public enum MissingInputs {
    BLANK, ZERO;

    /** The key used in files and the API: {@code blank} or {@code zero}. */
    public String key() {
        return Keys.of(this);
    }

    /** Parses {@code blank} or {@code zero}, ignoring case. */
    public static MissingInputs fromKey(String key) {
        return Keys.parse(values(), key, "a missing-inputs option");
    }
}
