package dev.fourfold.scoring;

/**
 * How a parent (objective, perspective, scorecard) combines its children's scores. Weight 0 excludes a child under
 * every rule; {@code average} otherwise ignores weights; {@code worst} takes the lowest score of a weighted child.
 */
public enum RollupRule {
    WEIGHTED_AVERAGE, AVERAGE, WORST;

    /** The key used in files and the API: {@code weighted-average}, {@code average} or {@code worst}. */
    public String key() {
        return Keys.of(this);
    }

    /** Parses a roll-up rule key, ignoring case. */
    public static RollupRule fromKey(String key) {
        return Keys.parse(values(), key, "a roll-up rule");
    }
}
