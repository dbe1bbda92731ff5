package dev.fourfold.scoring;

import java.util.List;

/** A perspective evaluated from its objectives. */
public final class PerspectiveResult extends RollupResult {

    private final List<ObjectiveResult> objectives;

    /** @param weights the objectives' weights as doubles, in the order of {@code objectives} (shared, never changed) */
    PerspectiveResult(PerspectiveDefinition perspective, MissingPolicy missing, Bands bands, double[] weights,
                      List<ObjectiveResult> objectives) {
        super(perspective.name(), perspective.rollup(), missing, bands, weights,
                objectives.stream().map(RollupResult::result).toArray(ScoreResult[]::new),
                objectives.stream().map(RollupResult::name).toArray(String[]::new), "no scored objective");
        this.objectives = List.copyOf(objectives);
    }

    public List<ObjectiveResult> objectives() {
        return objectives;
    }
}
