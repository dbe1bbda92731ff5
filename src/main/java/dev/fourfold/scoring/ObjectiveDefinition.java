package dev.fourfold.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * A strategic goal inside a perspective, scored by rolling up its KPIs.
 *
 * @param weight relative weight in its perspective ({@code null} means 1; 0 excludes it)
 * @param rollup how its KPIs combine ({@code null} means weighted average)
 */
public record ObjectiveDefinition(String code, BigDecimal weight, RollupRule rollup, List<KpiDefinition> kpis) {

    public ObjectiveDefinition {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("an objective needs a code");
        }
        weight = weight == null ? BigDecimal.ONE : weight;
        rollup = rollup == null ? RollupRule.WEIGHTED_AVERAGE : rollup;
        kpis = kpis == null ? List.of() : List.copyOf(kpis);
    }
}
