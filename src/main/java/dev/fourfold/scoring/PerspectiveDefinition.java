package dev.fourfold.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * A lens on the strategy (Financial, Customer, …), scored by rolling up its objectives.
 *
 * @param weight relative weight in the scorecard ({@code null} means 1; 0 excludes it)
 * @param rollup how its objectives combine ({@code null} means weighted average)
 */
public record PerspectiveDefinition(String name, BigDecimal weight, RollupRule rollup,
                                    List<ObjectiveDefinition> objectives) {

    public PerspectiveDefinition {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a perspective needs a name");
        }
        weight = weight == null ? BigDecimal.ONE : weight;
        rollup = rollup == null ? RollupRule.WEIGHTED_AVERAGE : rollup;
        objectives = objectives == null ? List.of() : List.copyOf(objectives);
    }
}
