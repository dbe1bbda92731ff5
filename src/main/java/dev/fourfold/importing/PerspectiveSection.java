package dev.fourfold.importing;

import dev.fourfold.scoring.RollupRule;

import java.math.BigDecimal;
import java.util.List;

/** A perspective of a scorecard file with its objectives; {@code weight} and {@code rollup} are {@code null} when left out. */
public record PerspectiveSection(String name, BigDecimal weight, RollupRule rollup, List<ObjectiveSection> objectives,
                                 List<IncludeSection> includes) {

    public PerspectiveSection {
        objectives = objectives == null ? List.of() : List.copyOf(objectives);
        includes = includes == null ? List.of() : List.copyOf(includes);
    }

    /** A perspective that includes no other scorecard. */
    public PerspectiveSection(String name, BigDecimal weight, RollupRule rollup, List<ObjectiveSection> objectives) {
        this(name, weight, rollup, objectives, List.of());
    }
}
