package dev.fourfold.kpi;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The value a KPI should reach in one period. Revised with a reason; every earlier version is kept as a
 * {@link TargetRevision}.
 *
 * @param revision the number of this version (1 for the first)
 */
public record Target(long id, long kpiId, String kpiCode, String period, BigDecimal value, String reason, int revision,
                     String setBy, Instant setAt, String source, long version) {
}
