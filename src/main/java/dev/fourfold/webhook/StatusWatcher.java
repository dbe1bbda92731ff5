package dev.fourfold.webhook;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Checks the queued scorecard periods for changed KPI statuses every {@code fourfold.webhooks.status-interval} on
 * every node (one at a time: see {@link StatusChecker}), until the queue is empty. Periods queued on a node that
 * stopped are checked by the next node that looks.
 */
@Component
class StatusWatcher extends BackgroundLoop {

    private static final Logger log = LoggerFactory.getLogger(StatusWatcher.class);

    private final StatusChecker checker;
    private final Clock clock;

    StatusWatcher(StatusChecker checker, WebhookProperties properties, Clock clock) {
        super("webhook-statuses", properties.statusInterval(), Duration.ofMinutes(1));
        this.checker = checker;
        this.clock = clock;
    }

    /** Checks until the queue is empty (or the application stops). */
    @Override
    void runOnce() {
        int checked;
        do {
            checked = checker.checkQueued(clock.instant());
        } while (checked >= StatusChecker.PAIRS && !stopping());
    }

    @Override
    Logger log() {
        return log;
    }

    @Override
    String failure() {
        return "KPI statuses could not be checked this time; trying again at the next check";
    }
}
