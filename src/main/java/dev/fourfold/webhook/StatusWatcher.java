package dev.fourfold.webhook;

import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Checks the queued scorecard periods for changed KPI statuses every {@code fourfold.webhooks.status-interval} on
 * every node (one at a time: see {@link StatusChecker}), until the queue is empty. Periods queued on a node that
 * stopped are checked by the next node that looks.
 */
@Component
class StatusWatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(StatusWatcher.class);

    private final StatusChecker checker;
    private final WebhookProperties properties;
    private final Clock clock;
    private @Nullable ScheduledExecutorService executor;
    private volatile boolean stopping;

    StatusWatcher(StatusChecker checker, WebhookProperties properties, Clock clock) {
        this.checker = checker;
        this.properties = properties;
        this.clock = clock;
    }

    private void tick() {
        try {
            int checked;
            do {
                checked = checker.checkQueued(clock.instant());
            } while (checked >= StatusChecker.PAIRS && !stopping);
        } catch (RuntimeException | Error e) {
            // an Error too (out of memory, say): a scheduled task that throws is never run again
            log.warn("KPI statuses could not be checked this time; trying again at the next check", e);
        }
    }

    @Override
    public synchronized void start() {
        stopping = false;
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "webhook-statuses");
            t.setDaemon(true);
            return t;
        });
        long every = Math.max(properties.statusInterval().toMillis(), 100);
        executor.scheduleWithFixedDelay(this::tick, every, every, TimeUnit.MILLISECONDS);
    }

    /**
     * Lets a check that runs finish rather than interrupting it: an interrupted thread can make H2 close its
     * database.
     */
    @Override
    public synchronized void stop() {
        if (executor != null) {
            stopping = true;
            executor.shutdown();
            try {
                executor.awaitTermination(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
