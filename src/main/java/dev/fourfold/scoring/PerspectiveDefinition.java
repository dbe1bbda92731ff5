package dev.fourfold.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * A lens on the strategy (Financial, Customer, …), scored by rolling up its objectives and the child scorecards it
 * includes.
 *
 * @param weight   relative weight in the scorecard ({@code null} means 1; 0 excludes it)
 * @param rollup   how its objectives and inclusions combine ({@code null} means weighted average)
 * @param includes child units' scorecards (or their perspectives) counted as further children, after the objectives
 */
public record PerspectiveDefinition(String name, BigDecimal weight, RollupRule rollup,
                                    List<ObjectiveDefinition> objectives, List<Inclusion> includes) {

    public PerspectiveDefinition {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a perspective needs a name");
        }
        weight = weight == null ? BigDecimal.ONE : weight;
        rollup = rollup == null ? RollupRule.WEIGHTED_AVERAGE : rollup;
        objectives = objectives == null ? List.of() : List.copyOf(objectives);
        includes = includes == null ? List.of() : List.copyOf(includes);
    }

    /** A perspective that includes no other scorecard. */
    public PerspectiveDefinition(String name, BigDecimal weight, RollupRule rollup,
                                 List<ObjectiveDefinition> objectives) {
        this(name, weight, rollup, objectives, List.of());
    }
}
