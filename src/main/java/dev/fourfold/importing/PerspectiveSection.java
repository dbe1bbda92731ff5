package dev.fourfold.importing;

import dev.fourfold.scoring.RollupRule;

import java.math.BigDecimal;
import java.util.List;

/** A perspective of a scorecard file with its objectives; {@code weight} and {@code rollup} are {@code null} when left out. */
public record PerspectiveSection(String name, BigDecimal weight, RollupRule rollup, List<ObjectiveSection> objectives) {

    public PerspectiveSection {
        objectives = objectives == null ? List.of() : List.copyOf(objectives);
    }
}
