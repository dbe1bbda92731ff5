package dev.fourfold.scoring;

/**
 * The score scale of an organisation. On the {@code percent} scale 100 means the target is met; on the
 * {@code ten} scale (Spider Impact style) the goal scores 6.66… and the red flag 3.33….
 */
public enum Scale {
    PERCENT(100), TEN(10);

    private final double full;

    Scale(double full) {
        this.full = full;
    }

    /** The score a fully met binary KPI gets: 100 or 10. */
    public double full() {
        return full;
    }

    /** The method used when neither scorecard nor KPI names one: {@code ratio} or {@code goal-redflag}. */
    public Method defaultMethod() {
        return this == PERCENT ? Method.RATIO : Method.GOAL_REDFLAG;
    }

    /** The key used in files and the API: {@code percent} or {@code ten}. */
    public String key() {
        return Keys.of(this);
    }

    /** Parses {@code percent} or {@code ten}, ignoring case. */
    public static Scale fromKey(String key) {
        return Keys.parse(values(), key, "a scale");
    }
}
