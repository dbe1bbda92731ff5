package dev.fourfold.webhook;

import dev.fourfold.importing.ValuesImported;
import dev.fourfold.kpi.TargetsRevised;
import dev.fourfold.measurement.ValuesRecorded;
import dev.fourfold.shared.Actor;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns the modules' events into deliveries, one per subscription that wants the event, written in the transaction
 * of the change: a change that rolls back (a refused batch, an import's preview) leaves no delivery, and one that
 * commits leaves its deliveries in the database until they are sent. A write of many values is one event, sent in
 * parts of at most {@code fourfold.webhooks.values-per-delivery} values, never one call per value.
 */
@Component
class Outbox {

    private static final int FLUSH = 20;

    private final SubscriptionRepository subscriptions;
    private final DeliveryRepository deliveries;
    private final JsonMapper json;
    private final Clock clock;
    private final int perDelivery;

    Outbox(SubscriptionRepository subscriptions, DeliveryRepository deliveries, JsonMapper json, Clock clock,
           WebhookProperties properties) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.json = json;
        this.clock = clock;
        this.perDelivery = Math.max(properties.valuesPerDelivery(), 1);
    }

    @EventListener
    void on(ValuesRecorded e) {
        items(WebhookEvent.VALUE_RECORDED, e.values(), ValuesRecorded.Value::scorecardId, "values", e.actor(),
                e.source(), e.at());
    }

    @EventListener
    void on(TargetsRevised e) {
        items(WebhookEvent.TARGET_REVISED, e.targets(), TargetsRevised.Revision::scorecardId, "targets", e.actor(),
                e.source(), e.at());
    }

    /** An import spans scorecards: it goes to subscriptions without a scorecard filter. */
    @EventListener
    void on(ValuesImported e) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("importId", e.importId());
        data.put("fileName", e.fileName());
        data.put("created", e.created());
        data.put("updated", e.updated());
        data.put("unchanged", e.unchanged());
        String eventId = UUID.randomUUID().toString();
        String body = body(eventId, WebhookEvent.IMPORT_COMMITTED, e.committedBy(), "import", e.at(), data);
        write(WebhookEvent.IMPORT_COMMITTED, eventId, s -> s.scorecardId() == null ? body : null);
    }

    /** A test event to one subscription, whatever it subscribes to. */
    void ping(WebhookSubscription s, String actor) {
        String eventId = UUID.randomUUID().toString();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("subscriptionId", s.id());
        data.put("message", "A test event from Fourfold");
        String body = body(eventId, WebhookEvent.PING, actor, "api", clock.instant(), data);
        deliveries.insertAll(List.of(new DeliveryRepository.NewDelivery(s.id(), eventId, WebhookEvent.PING.key(), body)),
                clock.instant());
    }

    /**
     * Deliveries of an event about one scorecard's data, to the subscriptions that want the event and cover the
     * scorecard, all with the same body.
     */
    void announce(WebhookEvent event, long scorecardId, String actor, String source, Instant at, Map<String, Object> data) {
        String eventId = UUID.randomUUID().toString();
        String body = body(eventId, event, actor, source, at, data);
        write(event, eventId, s -> s.covers(scorecardId) ? body : null);
    }

    /** The changed KPI statuses of a scorecard at a period, each change a map as the payload shows it. */
    record StatusChanges(long scorecardId, String period, List<Map<String, Object>> changes) {
    }

    /**
     * One {@code status.changed} event per scorecard period with changes, from the system, sent in parts like values;
     * the subscriptions are read once for them all. {@code at} is when the changes were noticed.
     */
    void statusChanged(List<StatusChanges> changed, Instant at) {
        List<WebhookSubscription> wanting = changed.isEmpty() ? List.of() : wanting(WebhookEvent.STATUS_CHANGED);
        for (StatusChanges c : changed) {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("scorecardId", c.scorecardId());
            fields.put("period", c.period());
            fields.put("view", "period");
            items(wanting, WebhookEvent.STATUS_CHANGED, c.changes(), change -> c.scorecardId(), "changes", fields,
                    Actor.SYSTEM, "system", at);
        }
    }

    private List<WebhookSubscription> wanting(WebhookEvent event) {
        return subscriptions.active().stream().filter(s -> s.wants(event)).toList();
    }

    private <T> void items(WebhookEvent event, List<T> items, ToLongFunction<T> scorecard, String name, String actor,
                           String source, Instant at) {
        items(wanting(event), event, items, scorecard, name, Map.of(), actor, source, at);
    }

    /**
     * Deliveries of a write's items, part by part, each part's data holding {@code fields} too, written to the outbox
     * every {@value #FLUSH} parts, so that a write of a million values never holds more than a few parts' bodies at
     * once.
     */
    private <T> void items(List<WebhookSubscription> wanting, WebhookEvent event, List<T> items,
                           ToLongFunction<T> scorecard, String name, Map<String, Object> fields, String actor,
                           String source, Instant at) {
        String eventId = UUID.randomUUID().toString();
        List<DeliveryRepository.NewDelivery> rows = new ArrayList<>();
        for (WebhookSubscription s : wanting) {
            long theirs = items.stream().filter(i -> s.covers(scorecard.applyAsLong(i))).count();
            int parts = (int) ((theirs + perDelivery - 1) / perDelivery);
            int number = 0;
            List<T> part = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                T item = items.get(i);
                if (s.covers(scorecard.applyAsLong(item))) {
                    part.add(item);
                }
                if (part.size() == perDelivery || i == items.size() - 1 && !part.isEmpty()) {
                    Map<String, Object> data = new LinkedHashMap<>(fields);
                    data.put(name, part);
                    data.put("part", ++number);
                    data.put("parts", parts);
                    rows.add(new DeliveryRepository.NewDelivery(s.id(), eventId, event.key(),
                            body(eventId, event, actor, source, at, data)));
                    part = new ArrayList<>();
                }
                if (rows.size() >= FLUSH) {
                    deliveries.insertAll(rows, clock.instant());
                    rows.clear();
                }
            }
        }
        if (!rows.isEmpty()) {
            deliveries.insertAll(rows, clock.instant());
        }
    }

    private void write(WebhookEvent event, String eventId, Function<WebhookSubscription, @Nullable String> bodyFor) {
        List<DeliveryRepository.NewDelivery> rows = new ArrayList<>();
        for (WebhookSubscription s : subscriptions.active()) {
            String body = s.wants(event) ? bodyFor.apply(s) : null;
            if (body != null) {
                rows.add(new DeliveryRepository.NewDelivery(s.id(), eventId, event.key(), body));
            }
        }
        if (!rows.isEmpty()) {
            deliveries.insertAll(rows, clock.instant());
        }
    }

    private String body(String eventId, WebhookEvent event, String actor, String source, Instant at,
                        Map<String, Object> data) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("id", eventId);
        payload.put("event", event.key());
        payload.put("occurredAt", at.toString());
        payload.put("actor", actor);
        payload.put("source", source);
        payload.put("data", data);
        return json.writeValueAsString(payload);
    }
}
