package dev.fourfold.kpi;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Targets (or budgets, or stretch targets) were set or revised by one write, inside its transaction. Targets the
 * write left as they were are not in it.
 */
public record TargetsRevised(List<Revision> targets, String actor, String source, Instant at) {

    /** One target as it was written; {@code created} is false for a revision of a stored target. */
    public record Revision(long scorecardId, long kpiId, String kpiCode, String series, String period, BigDecimal value,
                           @Nullable String reason, boolean created) {
    }
}
