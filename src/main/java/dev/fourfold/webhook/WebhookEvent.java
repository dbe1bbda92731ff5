package dev.fourfold.webhook;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The events a webhook can subscribe to, by the name receivers see in the payload and the headers. */
public enum WebhookEvent {
    VALUE_RECORDED("value.recorded"),
    TARGET_REVISED("target.revised"),
    IMPORT_COMMITTED("import.committed"),
    PERIOD_LOCKED("period.locked"),
    VALUE_REVIEWED("value.reviewed"),
    VALUE_DELETED("value.deleted"),
    PERIOD_UNLOCKED("period.unlocked"),
    /** A KPI's traffic-light status at a period changed; noticed by {@link StatusChecker} after the change. */
    STATUS_CHANGED("status.changed"),
    /** Sent by the "send test event" action only; nobody subscribes to it. */
    PING("ping");

    private final String key;

    WebhookEvent(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** The names a subscription may list. */
    public static List<String> subscribable() {
        return Arrays.stream(values()).filter(e -> e != PING).map(WebhookEvent::key).toList();
    }

    static Optional<WebhookEvent> of(String key) {
        return Arrays.stream(values()).filter(e -> e != PING && e.key.equals(key)).findFirst();
    }
}
