package dev.fourfold.kpi;

import java.time.Instant;

/** A scorecard's period was unlocked by an administrator, inside the unlocking transaction. */
public record PeriodUnlocked(long lockId, long scorecardId, String period, String unlockedBy, String source, Instant at) {
}
