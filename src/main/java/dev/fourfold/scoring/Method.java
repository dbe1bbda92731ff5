package dev.fourfold.scoring;

/**
 * How a KPI's actual and its parameters become a score. Every method belongs to one {@link Scale} except
 * {@code binary}, which works on both; a scorecard names a default and a KPI may override it with another method
 * of the same scale.
 */
public enum Method {
    /** Percent scale: actual against target, the Infor CPM increasing/decreasing rules. */
    RATIO(Scale.PERCENT),
    /** Percent scale: progress from the baseline to the target. */
    PROGRESS(Scale.PERCENT),
    /** Percent scale: position of the actual between min and max. */
    MINMAX(Scale.PERCENT),
    /** Percent scale: 100 inside a band, falling linearly to 0 at the tolerance beyond its nearer edge. */
    BAND(Scale.PERCENT),
    /** Both scales: full marks when the target (or, for range polarity, the band) is met, else 0. */
    BINARY(null),
    /** Ten scale: linear through the red flag (3.33…) and the goal (6.66…), clamped to [0, 10]. */
    GOAL_REDFLAG(Scale.TEN);

    private final Scale scale;

    Method(Scale scale) {
        this.scale = scale;
    }

    /** Whether this method may score KPIs of a scorecard on the given scale. */
    public boolean belongsTo(Scale other) {
        return scale == null || scale == other;
    }

    /** The key used in files and the API: {@code ratio}, {@code progress}, … {@code goal-redflag}. */
    public String key() {
        return Keys.of(this);
    }

    /** Parses a method key, ignoring case. */
    public static Method fromKey(String key) {
        return Keys.parse(values(), key, "a scoring method");
    }
}
