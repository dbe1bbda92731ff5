package dev.fourfold.kpi;

import dev.fourfold.scoring.Method;
import dev.fourfold.scoring.Polarity;
import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How a KPI's values become scores: its direction, its method (or the scorecard's), its weight in the objective and
 * the parameters the methods read. A new scoring parameter belongs here.
 *
 * @param method    scoring method override, or null for the scorecard's default
 * @param weight    relative weight in its objective; 0 excludes the KPI from the roll-up
 * @param target    the target of every native period that has no target of its own, or null
 * @param benchmark an outside comparison value shown beside the KPI, or null
 */
public record ScoringParameters(Polarity polarity, @Nullable Method method, BigDecimal weight,
                                @Nullable BigDecimal baseline, @Nullable BigDecimal min, @Nullable BigDecimal max,
                                @Nullable BigDecimal redFlag, Kpi.@Nullable Band band,
                                Kpi.@Nullable Thresholds thresholds, @Nullable BigDecimal target,
                                @Nullable BigDecimal benchmark) {

    public ScoringParameters {
        Objects.requireNonNull(polarity, "polarity");
        Objects.requireNonNull(weight, "weight");
    }

    public ScoringParameters withPolarity(Polarity polarity) {
        return new ScoringParameters(polarity, method, weight, baseline, min, max, redFlag, band, thresholds, target,
                benchmark);
    }

    public ScoringParameters withMethod(@Nullable Method method) {
        return new ScoringParameters(polarity, method, weight, baseline, min, max, redFlag, band, thresholds, target,
                benchmark);
    }

    public ScoringParameters withWeight(BigDecimal weight) {
        return new ScoringParameters(polarity, method, weight, baseline, min, max, redFlag, band, thresholds, target,
                benchmark);
    }

    public ScoringParameters withTarget(@Nullable BigDecimal target) {
        return new ScoringParameters(polarity, method, weight, baseline, min, max, redFlag, band, thresholds, target,
                benchmark);
    }
}
