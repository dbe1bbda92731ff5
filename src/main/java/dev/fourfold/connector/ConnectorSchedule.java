package dev.fourfold.connector;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;

/**
 * Runs connectors on their schedules. Every minute each node looks for active connectors whose cron has fired since
 * their last scheduled run (or since they were created): the newest such time is the slot to run, and missed older
 * slots are not made up. The run happens under ShedLock's lock of the connector, shared by all nodes through the
 * database, and inside the lock the run history is asked whether the slot ran already (its unique key on connector
 * and slot is the last guard), so a slot runs once however many nodes tick.
 */
@Component
class ConnectorSchedule {

    /** The longest a run may hold its lock if its node dies meanwhile. */
    private static final Duration LONGEST_RUN = Duration.ofMinutes(30);

    private final ConnectorRepository repository;
    private final Connectors connectors;
    private final LockingTaskExecutor locks;
    private final ConnectorProperties properties;
    private final Clock clock;

    ConnectorSchedule(ConnectorRepository repository, Connectors connectors, LockingTaskExecutor locks,
                      ConnectorProperties properties, Clock clock) {
        this.repository = repository;
        this.connectors = connectors;
        this.locks = locks;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(cron = "${fourfold.connectors.tick:0 * * * * *}")
    void tick() {
        if (properties.schedule()) {
            runDue(clock.instant());
        }
    }

    /** Runs every connector due at {@code now}; returns the runs this node made. */
    List<ConnectorRun> runDue(Instant now) {
        List<ConnectorRun> runs = new ArrayList<>();
        for (Connector c : repository.all()) {
            if (!c.active()) {
                continue;
            }
            Instant since = repository.lastSlot(c.id()).filter(s -> s.isAfter(c.createdAt())).orElse(c.createdAt());
            due(c.cron(), since, now, clock.getZone()).ifPresent(slot -> {
                LockConfiguration lock = new LockConfiguration(ClockProvider.now(), "connector-" + c.id(),
                        LONGEST_RUN, Duration.ZERO);
                Runnable run = () -> connectors.runSlot(c, slot, now).ifPresent(runs::add);
                locks.executeWithLock(run, lock);
            });
        }
        return runs;
    }

    /** The newest time after {@code since} and not after {@code now} at which the cron fires, if any. */
    static Optional<Instant> due(String cron, Instant since, Instant now, ZoneId zone) {
        CronExpression expression = CronExpression.parse(cron);
        ZonedDateTime end = now.atZone(zone);
        ZonedDateTime next = expression.next(since.atZone(zone));
        if (next == null || next.isAfter(end)) {
            return Optional.empty();
        }
        ZonedDateTime slot = next;
        for (int i = 0; i < 1_000_000; i++) {
            ZonedDateTime after = expression.next(slot);
            if (after == null || after.isAfter(end)) {
                break;
            }
            slot = after;
        }
        return Optional.of(slot.toInstant());
    }
}
