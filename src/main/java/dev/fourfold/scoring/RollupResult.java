package dev.fourfold.scoring;

/**
 * A parent in the roll-up (objective, perspective or the whole scorecard): its score from its children's and its
 * colour from its own score and the bands. The explanation is built when first asked for.
 */
public abstract sealed class RollupResult implements Scored permits ObjectiveResult, PerspectiveResult, Evaluation {

    private final String name;
    private final RollupRule rule;
    private final Bands bands;
    private final double[] weights;
    private final ScoreResult[] children;
    private final String[] names;
    private final ScoreResult result;
    private volatile RollupExplanation explanation;

    RollupResult(String name, RollupRule rule, MissingPolicy missing, Bands bands, double[] weights,
                 ScoreResult[] children, String[] names, String noneReason) {
        this.name = name;
        this.rule = rule;
        this.bands = bands;
        this.weights = weights;
        this.children = children;
        this.names = names;
        this.result = Rollup.combine(rule, missing, bands, weights, children, names, noneReason);
    }

    /** The objective's code, the perspective's or the scorecard's name. */
    public String name() {
        return name;
    }

    @Override
    public ScoreResult result() {
        return result;
    }

    /** Each child's weight, score and contribution, and the children ignored; built on first use. */
    public RollupExplanation explanation() {
        RollupExplanation e = explanation;
        if (e == null) {
            e = Explainer.rollup(name, rule, bands, weights, children, names, result);
            explanation = e;
        }
        return e;
    }

    @Override
    public String toString() {
        return name + ": " + result;
    }
}
