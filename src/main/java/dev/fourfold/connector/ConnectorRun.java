package dev.fourfold.connector;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One run of a connector: when, why (its schedule or an administrator), how it ended, and what it recorded. A failed
 * run recorded nothing and says why.
 *
 * @param slot the schedule time a scheduled run stands for; null for a run started by hand
 */
public record ConnectorRun(long id, long connectorId, String trigger, @Nullable Instant slot, Instant startedAt,
                           @Nullable Instant finishedAt, String status, int created, int updated, int unchanged,
                           @Nullable String error, String runBy) {

    public static final String SCHEDULE = "schedule";
    public static final String MANUAL = "manual";
}
