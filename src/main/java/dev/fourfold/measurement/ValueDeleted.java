package dev.fourfold.measurement;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A value was deleted, inside the deleting transaction: listeners that write in the same transaction keep their rows
 * only if the deletion commits. Only a value's own deletion removes it (a KPI that has values is retired, never
 * deleted), so there is one such event per deleted value.
 *
 * @param value  the value as it was before the deletion
 * @param actor  who deleted it
 * @param source the channel ({@code api}, {@code ui}, …)
 */
public record ValueDeleted(long scorecardId, long kpiId, String kpiCode, String period, BigDecimal value, String actor,
                           String source, Instant at) {
}
