package dev.fourfold.measurement;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One version of a KPI's actual value for a period; a deletion is a revision whose value is null. */
public record ActualRevision(long kpiId, String period, int revision, @Nullable BigDecimal value,
                             @Nullable ActualState state, @Nullable String comment, String source, String changedBy,
                             Instant changedAt) {
}
