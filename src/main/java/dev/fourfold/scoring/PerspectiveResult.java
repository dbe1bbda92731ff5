package dev.fourfold.scoring;

import java.util.List;

/** A perspective evaluated from its objectives. */
public final class PerspectiveResult extends RollupResult {

    private final List<ObjectiveResult> objectives;

    PerspectiveResult(PerspectiveDefinition perspective, MissingPolicy missing, Bands bands,
                      List<ObjectiveResult> objectives) {
        super(perspective.name(), perspective.rollup(), missing, bands,
                perspective.objectives().stream().mapToDouble(o -> o.weight().doubleValue()).toArray(),
                objectives.stream().map(RollupResult::result).toArray(ScoreResult[]::new),
                objectives.stream().map(RollupResult::name).toArray(String[]::new), "no scored objective");
        this.objectives = List.copyOf(objectives);
    }

    public List<ObjectiveResult> objectives() {
        return objectives;
    }
}
