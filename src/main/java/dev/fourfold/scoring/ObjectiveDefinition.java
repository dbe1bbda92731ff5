package dev.fourfold.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * A strategic goal inside a perspective, scored by rolling up its KPIs and the child scorecards it includes.
 *
 * @param weight   relative weight in its perspective ({@code null} means 1; 0 excludes it)
 * @param rollup   how its KPIs and inclusions combine ({@code null} means weighted average)
 * @param includes child units' scorecards (or their perspectives) counted as further children, after the KPIs
 */
public record ObjectiveDefinition(String code, BigDecimal weight, RollupRule rollup, List<KpiDefinition> kpis,
                                  List<Inclusion> includes) {

    public ObjectiveDefinition {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("an objective needs a code");
        }
        weight = weight == null ? BigDecimal.ONE : weight;
        rollup = rollup == null ? RollupRule.WEIGHTED_AVERAGE : rollup;
        kpis = kpis == null ? List.of() : List.copyOf(kpis);
        includes = includes == null ? List.of() : List.copyOf(includes);
    }

    /** An objective that includes no other scorecard. */
    public ObjectiveDefinition(String code, BigDecimal weight, RollupRule rollup, List<KpiDefinition> kpis) {
        this(code, weight, rollup, kpis, List.of());
    }
}
