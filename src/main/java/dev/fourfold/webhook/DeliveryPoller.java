package dev.fourfold.webhook;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Sends the deliveries that are due, every {@code fourfold.webhooks.poll-interval} on every node, at most
 * {@code batch-size} per poll. Each is claimed before it is sent, so two nodes never send it at once; a node that
 * stops while sending leaves its claim to run out, and the delivery is tried again (receivers may get a delivery
 * twice, and recognise it by its {@code Fourfold-Delivery} id).
 */
@Component
class DeliveryPoller implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DeliveryPoller.class);

    private final DeliveryRepository deliveries;
    private final WebhookProperties properties;
    private final TargetPolicy policy;
    private final Sender sender;
    private final Backoff backoff;
    private final Clock clock;
    private final Duration lease;
    private @Nullable ScheduledExecutorService executor;

    DeliveryPoller(DeliveryRepository deliveries, WebhookProperties properties, Clock clock) {
        this.deliveries = deliveries;
        this.properties = properties;
        this.policy = new TargetPolicy(properties);
        this.sender = new Sender(properties);
        this.backoff = new Backoff(properties.firstRetry(), properties.maxRetry(), properties.maxAttempts());
        this.clock = clock;
        this.lease = properties.connectTimeout().plus(properties.readTimeout()).plusSeconds(30);
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

    private void tick() {
        try {
            deliverDue(clock.instant());
        } catch (RuntimeException | Error e) {
            // an Error too (out of memory, say): a scheduled task that throws is never run again
            log.warn("Webhook deliveries could not be sent this time; trying again at the next poll", e);
        }
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "webhook-deliveries");
            t.setDaemon(true);
            return t;
        });
        long every = Math.max(properties.pollInterval().toMillis(), 100);
        executor.scheduleWithFixedDelay(this::tick, every, every, TimeUnit.MILLISECONDS);
    }

    /**
     * Lets a poll that is sending finish rather than interrupting it: an interrupted thread can make H2 close its
     * database.
     */
    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdown();
            try {
                executor.awaitTermination(lease.toMillis(), TimeUnit.MILLISECONDS);
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
