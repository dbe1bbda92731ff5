package dev.fourfold.kpi;

import java.time.Instant;

/**
 * A locked period of a scorecard: no value or target of a native period overlapping it may change until an
 * administrator unlocks it. {@code snapshot} is the scorecard's evaluation at the time of locking, as JSON.
 */
public record PeriodLock(long id, long scorecardId, String period, String lockedBy, Instant lockedAt, String snapshot) {
}
