package dev.fourfold.kpi;

import java.time.Instant;

/** A scorecard's period was locked, inside the locking transaction. */
public record PeriodLocked(long lockId, long scorecardId, String period, String lockedBy, String source, Instant at) {
}
