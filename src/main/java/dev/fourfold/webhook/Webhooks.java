package dev.fourfold.webhook;

import dev.fourfold.scorecard.ScorecardService;
import dev.fourfold.shared.Access;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.ConflictException;
import dev.fourfold.shared.FieldProblem;
import dev.fourfold.shared.InvalidInputException;
import dev.fourfold.shared.NotFoundException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Webhook subscriptions and their delivery logs, for administrators: every call checks that first. A new
 * subscription's secret is answered once, with the subscription, and never shown again; so is a rotated one.
 */
@Service
public class Webhooks {

    static final int LOG_SIZE = 100;

    private final SubscriptionRepository subscriptions;
    private final DeliveryRepository deliveries;
    private final Outbox outbox;
    private final ScorecardService scorecards;
    private final Access access;
    private final TargetPolicy policy;
    private final Clock clock;

    Webhooks(SubscriptionRepository subscriptions, DeliveryRepository deliveries, Outbox outbox,
             ScorecardService scorecards, Access access, WebhookProperties properties, Clock clock) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.outbox = outbox;
        this.scorecards = scorecards;
        this.access = access;
        this.policy = new TargetPolicy(properties);
        this.clock = clock;
    }

    /** A subscription's settings as a client sends them; {@code active} defaults to true. */
    public record Draft(@Nullable String url, @Nullable List<String> events, @Nullable Long scorecardId,
                        @Nullable Boolean active, @Nullable String description) {
    }

    /** A new subscription and its secret, which is shown this once. */
    public record CreatedWebhook(WebhookSubscription subscription, String secret) {
    }

    /** A subscription with its new secret, which is shown this once. */
    public record RotatedWebhookSecret(WebhookSubscription subscription, String secret) {
    }

    public List<WebhookSubscription> list(Actor actor) {
        access.requireAdmin(actor);
        return subscriptions.all();
    }

    public WebhookSubscription get(long id, Actor actor) {
        access.requireAdmin(actor);
        return subscriptions.find(id).orElseThrow(() -> new NotFoundException("webhook", id));
    }

    @Transactional
    public CreatedWebhook create(Draft draft, Actor actor) {
        access.requireAdmin(actor);
        SubscriptionRepository.Draft checked = check(draft);
        String secret = Signature.newSecret();
        long id = subscriptions.insert(checked, secret, actor.name(), clock.instant());
        return new CreatedWebhook(subscriptions.find(id).orElseThrow(), secret);
    }

    /** Changes a subscription's settings (not its secret); the version must be the one last read. */
    @Transactional
    public WebhookSubscription update(long id, Draft draft, @Nullable Long version, Actor actor) {
        WebhookSubscription current = get(id, actor);
        if (version == null) {
            throw new InvalidInputException("version", "is required on update: send the version you last read");
        }
        SubscriptionRepository.Draft checked = check(draft);
        ConflictException.requireVersion("webhook", id, version, current.version());
        if (!subscriptions.update(id, checked, version)) {
            throw ConflictException.changedMeanwhile("webhook", id, version, current.version());
        }
        return subscriptions.find(id).orElseThrow();
    }

    /** Deletes a subscription with its delivery log; pending deliveries are not sent. */
    @Transactional
    public void delete(long id, @Nullable Long version, Actor actor) {
        WebhookSubscription current = get(id, actor);
        ConflictException.requireVersion("webhook", id, version, current.version());
        subscriptions.delete(id);
    }

    /**
     * Replaces a subscription's secret with a new one, answered this once; the old one signs nothing from now on.
     * Deliveries are signed when they are sent, so those still pending are signed with the new secret at their next
     * attempt.
     */
    @Transactional
    public RotatedWebhookSecret rotateSecret(long id, Actor actor) {
        WebhookSubscription current = get(id, actor);
        String secret = Signature.newSecret();
        if (!subscriptions.replaceSecret(id, secret)) {
            throw new NotFoundException("webhook", id);
        }
        return new RotatedWebhookSecret(current, secret);
    }

    /** The newest deliveries of a subscription, newest first. */
    public List<WebhookDelivery> deliveries(long id, Actor actor) {
        get(id, actor);
        return deliveries.of(id, LOG_SIZE);
    }

    /** Queues a {@code ping} event to the subscription; it is sent at the next poll like any delivery. */
    @Transactional
    public WebhookDelivery sendTest(long id, Actor actor) {
        WebhookSubscription s = get(id, actor);
        outbox.ping(s, actor.name());
        return deliveries.of(id, 1).get(0);
    }

    private SubscriptionRepository.Draft check(Draft d) {
        List<FieldProblem> problems = new ArrayList<>();
        String url = d.url() == null ? "" : d.url().strip();
        if (url.isEmpty()) {
            problems.add(new FieldProblem("url", "is required"));
        } else if (url.length() > 2000) {
            problems.add(new FieldProblem("url", "is too long: at most 2000 characters"));
        } else {
            policy.refusal(url).ifPresent(p -> problems.add(new FieldProblem("url", p)));
        }
        LinkedHashSet<String> events = new LinkedHashSet<>();
        List<String> sent = d.events() == null ? List.of() : d.events();
        for (int i = 0; i < sent.size(); i++) {
            String e = sent.get(i) == null ? "" : sent.get(i).strip();
            if (WebhookEvent.of(e).isEmpty()) {
                problems.add(new FieldProblem("events[" + i + "]", "'" + e + "' is not an event; expected one of "
                        + String.join(", ", WebhookEvent.subscribable())));
            }
            events.add(e);
        }
        if (sent.isEmpty()) {
            problems.add(new FieldProblem("events", "name at least one of " + String.join(", ", WebhookEvent.subscribable())));
        }
        if (d.scorecardId() != null && scorecards.find(d.scorecardId()).isEmpty()) {
            problems.add(new FieldProblem("scorecardId", "there is no scorecard with id " + d.scorecardId()));
        }
        String description = d.description() == null || d.description().isBlank() ? null : d.description().strip();
        if (description != null && (description.length() > 200 || description.chars().anyMatch(Character::isISOControl))) {
            problems.add(new FieldProblem("description", "must be one line of at most 200 characters"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new SubscriptionRepository.Draft(url, List.copyOf(events), d.scorecardId(),
                d.active() == null || d.active(), description);
    }
}
