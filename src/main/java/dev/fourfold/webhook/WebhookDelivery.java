package dev.fourfold.webhook;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One event sent to one subscription, as the delivery log shows it: {@code pending} until the receiver answers with
 * a 2xx status ({@code delivered}) or the attempts are used up ({@code failed}); the last answer's status and the
 * first 2 KB of its body, or the error when there was no answer.
 */
public record WebhookDelivery(long id, long subscriptionId, String eventId, String event, String status, int attempts,
                       Instant createdAt, @Nullable Instant nextAttemptAt, @Nullable Instant lastAttemptAt,
                       @Nullable Integer lastStatus, @Nullable String lastResponse, @Nullable String lastError,
                       @Nullable Instant deliveredAt) {
}
