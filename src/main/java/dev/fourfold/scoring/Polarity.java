package dev.fourfold.scoring;

/** Which direction is good for a KPI: {@code higher} is better, {@code lower} is better, or inside a band ({@code range}). */
public enum Polarity {
    HIGHER, LOWER, RANGE;

    /** The key used in files and the API: {@code higher}, {@code lower} or {@code range}. */
    public String key() {
        return Keys.of(this);
    }

    /** Parses a polarity key, ignoring case. */
    public static Polarity fromKey(String key) {
        return Keys.parse(values(), key, "a polarity");
    }
}
