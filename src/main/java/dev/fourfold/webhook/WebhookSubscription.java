package dev.fourfold.webhook;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A receiver's subscription to events: where they are sent, which events, optionally only those of one scorecard,
 * and whether it is active. Its secret signs every delivery and is shown once, when the subscription is created or
 * the secret is rotated.
 */
public record WebhookSubscription(long id, String url, List<String> events, @Nullable Long scorecardId, boolean active,
                           @Nullable String description, long version, String createdBy, Instant createdAt) {

    boolean wants(WebhookEvent event) {
        return active && events.contains(event.key());
    }

    /** Whether an event of this scorecard is for this subscription. */
    boolean covers(long scorecard) {
        return scorecardId == null || scorecardId == scorecard;
    }
}
