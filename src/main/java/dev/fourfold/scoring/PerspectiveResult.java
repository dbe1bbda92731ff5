package dev.fourfold.scoring;

import java.util.List;

/** A perspective evaluated from its objectives and the scorecards it includes. */
public final class PerspectiveResult extends RollupResult {

    private final List<ObjectiveResult> objectives;
    private final List<IncludedResult> included;

    /** @param weights the objectives' weights as doubles, in the order of {@code objectives} (shared, never changed) */
    PerspectiveResult(PerspectiveDefinition perspective, MissingPolicy missing, Bands bands, double[] weights,
                      List<ObjectiveResult> objectives, List<IncludedResult> included) {
        super(perspective.name(), perspective.rollup(), missing, bands, Children.weights(weights, included),
                Children.results(objectives.stream().map(RollupResult::result).toArray(ScoreResult[]::new), included),
                Children.names(objectives.stream().map(RollupResult::name).toArray(String[]::new), included),
                "no scored objective");
        this.objectives = List.copyOf(objectives);
        this.included = List.copyOf(included);
    }

    public List<ObjectiveResult> objectives() {
        return objectives;
    }

    /** The scorecards this perspective includes, each with the score that counts; empty for most perspectives. */
    public List<IncludedResult> included() {
        return included;
    }
}
