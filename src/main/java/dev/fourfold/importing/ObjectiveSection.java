package dev.fourfold.importing;

import dev.fourfold.scoring.RollupRule;

import java.math.BigDecimal;
import java.util.List;

/**
 * An objective of a scorecard file with its KPIs.
 *
 * @param drivenBy  codes of the objectives that cause this one (strategy-map links); empty when none
 * @param alignedTo an objective code of the parent unit's scorecard, or {@code null}
 */
public record ObjectiveSection(String code, String name, String description, String owner, BigDecimal weight,
                               List<String> drivenBy, String alignedTo, RollupRule rollup, List<KpiSection> kpis,
                               List<IncludeSection> includes) {

    public ObjectiveSection {
        drivenBy = drivenBy == null ? List.of() : List.copyOf(drivenBy);
        kpis = kpis == null ? List.of() : List.copyOf(kpis);
        includes = includes == null ? List.of() : List.copyOf(includes);
    }

    /** An objective that includes no other scorecard. */
    public ObjectiveSection(String code, String name, String description, String owner, BigDecimal weight,
                            List<String> drivenBy, String alignedTo, RollupRule rollup, List<KpiSection> kpis) {
        this(code, name, description, owner, weight, drivenBy, alignedTo, rollup, kpis, List.of());
    }

    /** This objective with the given inclusions. */
    ObjectiveSection withIncludes(List<IncludeSection> inclusions) {
        return new ObjectiveSection(code, name, description, owner, weight, drivenBy, alignedTo, rollup, kpis, inclusions);
    }
}
