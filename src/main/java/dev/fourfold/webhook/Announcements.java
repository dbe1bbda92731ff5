package dev.fourfold.webhook;

import dev.fourfold.kpi.PeriodLocked;
import dev.fourfold.kpi.PeriodUnlocked;
import dev.fourfold.measurement.ValueDeleted;
import dev.fourfold.measurement.ValueReviewed;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns the changes of one value or one lock (a review, a deletion, a locking or unlocking) into the outbox's
 * deliveries, in the transaction of the change, for the subscriptions that want the event and cover the value's or lock's scorecard.
 */
@Component
class Announcements {

    private final Outbox outbox;

    Announcements(Outbox outbox) {
        this.outbox = outbox;
    }

    @EventListener
    void on(ValueReviewed e) {
        Map<String, Object> data = value(e.scorecardId(), e.kpiId(), e.kpiCode(), e.period(), e.value());
        data.put("state", e.state());
        data.put("comment", e.comment());
        outbox.announce(WebhookEvent.VALUE_REVIEWED, e.scorecardId(), e.actor(), e.source(), e.at(), data);
    }

    @EventListener
    void on(ValueDeleted e) {
        outbox.announce(WebhookEvent.VALUE_DELETED, e.scorecardId(), e.actor(), e.source(), e.at(),
                value(e.scorecardId(), e.kpiId(), e.kpiCode(), e.period(), e.value()));
    }

    @EventListener
    void on(PeriodLocked e) {
        outbox.announce(WebhookEvent.PERIOD_LOCKED, e.scorecardId(), e.lockedBy(), e.source(), e.at(),
                lock(e.lockId(), e.scorecardId(), e.period()));
    }

    @EventListener
    void on(PeriodUnlocked e) {
        outbox.announce(WebhookEvent.PERIOD_UNLOCKED, e.scorecardId(), e.unlockedBy(), e.source(), e.at(),
                lock(e.lockId(), e.scorecardId(), e.period()));
    }

    private static Map<String, Object> lock(long lockId, long scorecardId, String period) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("lockId", lockId);
        data.put("scorecardId", scorecardId);
        data.put("period", period);
        return data;
    }

    private static Map<String, Object> value(long scorecardId, long kpiId, String kpiCode, String period, Object value) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("scorecardId", scorecardId);
        data.put("kpiId", kpiId);
        data.put("kpiCode", kpiCode);
        data.put("period", period);
        data.put("value", value);
        return data;
    }
}
