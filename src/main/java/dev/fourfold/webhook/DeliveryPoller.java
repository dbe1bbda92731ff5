package dev.fourfold.webhook;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sends the deliveries that are due, every {@code fourfold.webhooks.poll-interval} on every node, at most
 * {@code batch-size} per poll. Each is claimed before it is sent, so two nodes never send it at once; a node that
 * stops while sending leaves its claim to run out, and the delivery is tried again (receivers may get a delivery
 * twice, and recognise it by its {@code Fourfold-Delivery} id).
 */
@Component
class DeliveryPoller extends BackgroundLoop {

    private static final Logger log = LoggerFactory.getLogger(DeliveryPoller.class);

    private final DeliveryRepository deliveries;
    private final WebhookProperties properties;
    private final TargetPolicy policy;
    private final Sender sender;
    private final Backoff backoff;
    private final Clock clock;
    private final Duration lease;

    DeliveryPoller(DeliveryRepository deliveries, WebhookProperties properties, Clock clock) {
        super("webhook-deliveries", properties.pollInterval(), lease(properties));
        this.deliveries = deliveries;
        this.properties = properties;
        this.policy = new TargetPolicy(properties);
        this.sender = new Sender(properties);
        this.backoff = new Backoff(properties.firstRetry(), properties.maxRetry(), properties.maxAttempts());
        this.clock = clock;
        this.lease = lease(properties);
    }

    /** How long a claim on a delivery holds: the longest a send can take, and some. */
    private static Duration lease(WebhookProperties properties) {
        return properties.connectTimeout().plus(properties.readTimeout()).plusSeconds(30);
    }

    /** Sends what is due at {@code now}; answers how many deliveries this node attempted. */
    int deliverDue(Instant now) {
        int attempted = 0;
        for (DeliveryRepository.Due due : deliveries.due(now, properties.batchSize())) {
            String claim = UUID.randomUUID().toString();
            if (deliveries.claim(due.id(), claim, now, now.plus(lease))) {
                deliveries.record(due.id(), claim, attempt(due, now));
                attempted++;
            }
        }
        return attempted;
    }

    private DeliveryRepository.Attempt attempt(DeliveryRepository.Due due, Instant now) {
        int attempts = due.attempts() + 1;
        Optional<String> refused = policy.refusal(due.url());
        Sender.Answer answer = refused.isPresent() ? new Sender.Answer(null, null, "refused: " + refused.get())
                : sender.post(due.url(), headers(due, now), due.payload());
        if (answer.delivered()) {
            return new DeliveryRepository.Attempt("delivered", attempts, now, null, answer.status(), answer.body(), null);
        }
        boolean givesUp = backoff.givesUp(attempts);
        return new DeliveryRepository.Attempt(givesUp ? "failed" : "pending", attempts, now,
                givesUp ? null : backoff.next(attempts, now, ThreadLocalRandom.current().nextDouble()),
                answer.status(), answer.body(), answer.error());
    }

    private static Map<String, String> headers(DeliveryRepository.Due due, Instant now) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Fourfold-Event", due.event());
        headers.put("Fourfold-Delivery", Long.toString(due.id()));
        headers.put(Signature.HEADER, Signature.header(due.secret(), now.getEpochSecond(), due.payload()));
        return headers;
    }

    @Override
    void runOnce() {
        deliverDue(clock.instant());
    }

    @Override
    Logger log() {
        return log;
    }

    @Override
    String failure() {
        return "Webhook deliveries could not be sent this time; trying again at the next poll";
    }
}
