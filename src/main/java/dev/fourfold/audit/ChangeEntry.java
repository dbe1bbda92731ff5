package dev.fourfold.audit;

import java.time.Instant;

/**
 * One recorded change of one field (or the creation or deletion of a whole record).
 *
 * @param action   {@code create}, {@code update}, {@code delete}, {@code retire} or {@code restore}
 * @param field    the changed field, or null for a change of the whole record
 * @param oldValue the value before, as text (null for none)
 * @param newValue the value after, as text (null for none)
 * @param scorecardId the scorecard the change belongs to, or null for organisation-wide changes
 */
public record ChangeEntry(long id, Instant changedAt, String actor, String source, String entity, long entityId,
                          String action, String field, String oldValue, String newValue, Long scorecardId) {
}
