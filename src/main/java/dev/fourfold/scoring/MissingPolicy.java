package dev.fourfold.scoring;

/**
 * What a missing child score does to its parent in a roll-up: {@code ignore} it and renormalise the remaining
 * weights (the default), or {@code blank} the parent. A child of weight 0 never blanks its parent.
 */
public enum MissingPolicy {
    IGNORE, BLANK;

    /** The key used in files and the API: {@code ignore} or {@code blank}. */
    public String key() {
        return Keys.of(this);
    }

    /** Parses {@code ignore} or {@code blank}, ignoring case. */
    public static MissingPolicy fromKey(String key) {
        return Keys.parse(values(), key, "a missing-score policy");
    }
}
