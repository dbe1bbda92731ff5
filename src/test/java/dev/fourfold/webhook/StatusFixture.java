package dev.fourfold.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fourfold.shared.Actor;
import dev.fourfold.support.Api;
import dev.fourfold.support.TestClock;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Scorecards with a KPI to record values of through the API, and what the status watch left in the database. */
final class StatusFixture {

    /**
     * The tests' database, of their own: the scorecards they make would otherwise be in every later test's lists (an
     * administrator's overdue values, say).
     */
    static final String OWN_DATABASE = "spring.datasource.url=jdbc:h2:mem:statuswatch;MODE=PostgreSQL;"
            + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

    private static final AtomicInteger NEXT = new AtomicInteger();

    private final Api api;
    private final JdbcClient jdbc;
    private final StatusChecker checker;
    private final Webhooks webhooks;

    StatusFixture(Api api, JdbcClient jdbc, StatusChecker checker, Webhooks webhooks) {
        this.api = api;
        this.jdbc = jdbc;
        this.checker = checker;
        this.webhooks = webhooks;
    }

    /** Checks, with the time passed in, until the queue is empty. */
    void checkAll() {
        int checked;
        do {
            checked = checker.checkQueued(TestClock.NOW);
        } while (checked > 0);
    }

    /** A subscription to {@code status.changed} of one scorecard (or all), to an address nobody answers at. */
    long subscribe(@Nullable Long scorecard, String path) {
        return webhooks.create(new Webhooks.Draft("http://127.0.0.1:9" + path, List.of("status.changed"), scorecard,
                true, null), Actor.system()).subscription().id();
    }

    void unsubscribe(long... subscriptions) {
        for (long id : subscriptions) {
            webhooks.delete(id, null, Actor.system());
        }
    }

    /** A scorecard of its own unit with a monthly KPI of target 100 (scored as actual / target). */
    record Card(long scorecard, long objective, long kpi, String code) {
    }

    Card card() {
        long unit = created(api.post("/api/v1/units", "{\"name\": \"" + unique("Unit") + "\"}"));
        long scorecard = created(api.post("/api/v1/scorecards", "{\"unitId\": " + unit + ", \"name\": \"Scorecard\"}"));
        long financial = ((Number) api.get("/api/v1/perspectives?scorecardId=" + scorecard).json("$.items[0].id"))
                .longValue();
        long objective = created(api.post("/api/v1/objectives",
                "{\"perspectiveId\": " + financial + ", \"code\": \"OBJ\", \"name\": \"Grow\"}"));
        String code = unique("ST");
        return new Card(scorecard, objective, kpi(objective, code), code);
    }

    /** Another KPI of the card's objective, of target 100. */
    long kpi(Card card) {
        return kpi(card.objective(), unique("ST"));
    }

    private long kpi(long objective, String code) {
        return created(api.post("/api/v1/kpis", "{\"objectiveId\": " + objective + ", \"code\": \"" + code
                + "\", \"name\": \"" + code + " name\", \"target\": 100}"));
    }

    void record(Card card, String period, String value) {
        Api.Answer answer = api.post("/api/v1/actuals/batch", "{\"items\": [{\"kpiCode\": \"" + card.code()
                + "\", \"period\": \"" + period + "\", \"value\": " + value + "}]}");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    }

    /** Creates one value ({@code extra}: more JSON fields, e.g. the state); answers it. */
    Api.Answer value(Card card, String period, String value, String extra) {
        Api.Answer answer = api.post("/api/v1/actuals", "{\"kpiId\": " + card.kpi() + ", \"period\": \"" + period
                + "\", \"value\": " + value + extra + "}");
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer;
    }

    /** Gives the card's KPI another default target in its definition (at its first version). */
    void defaultTarget(Card card, String target) {
        Api.Answer answer = api.put("/api/v1/kpis/" + card.kpi(), "{\"objectiveId\": " + card.objective()
                + ", \"code\": \"" + card.code() + "\", \"name\": \"" + card.code() + " name\", \"target\": " + target
                + ", \"version\": 0}");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    }

    void target(Card card, String period, String value) {
        Api.Answer answer = api.post("/api/v1/targets", "{\"kpiCode\": \"" + card.code() + "\", \"period\": \""
                + period + "\", \"value\": " + value + "}");
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
    }

    /** The {@code status.changed} deliveries of a subscription, oldest first. */
    List<String> payloads(long subscription) {
        return jdbc.sql("select payload from webhook_delivery where subscription_id = :s and event = 'status.changed' "
                + "order by id").param("s", subscription).query(String.class).list();
    }

    int queued(long scorecard) {
        return jdbc.sql("select count(*) from status_check where scorecard_id = :s").param("s", scorecard)
                .query(Integer.class).single();
    }

    /** Queues a check as a writer would, whatever the period. */
    void queueRaw(long scorecard, String period) {
        jdbc.sql("insert into status_check (scorecard_id, period, queued_at) values (:s, :p, :at)")
                .param("s", scorecard).param("p", period).param("at", Timestamp.from(java.time.Instant.now())).update();
    }

    /** The known status of a KPI at a period; null for none. */
    @Nullable String known(long kpi, String period) {
        return jdbc.sql("select status from kpi_status where kpi_id = :k and period = :p").param("k", kpi)
                .param("p", period).query(String.class).optional().orElse(null);
    }

    /** The properties with another interval between checks of statuses. */
    WebhookProperties every(WebhookProperties p, Duration interval) {
        return with(p, interval, p.statusMaxValues());
    }

    /** The properties with another limit of the values of a watched scorecard. */
    WebhookProperties limited(WebhookProperties p, long maxValues) {
        return with(p, p.statusInterval(), maxValues);
    }

    private static WebhookProperties with(WebhookProperties p, Duration interval, long maxValues) {
        return new WebhookProperties(p.allowedHosts(), p.allowPrivateAddresses(), p.pollInterval(), p.batchSize(),
                p.maxAttempts(), p.firstRetry(), p.maxRetry(), p.connectTimeout(), p.readTimeout(), p.valuesPerDelivery(),
                interval, maxValues);
    }

    /** Waits up to 20 seconds for the condition to hold. */
    void await(BooleanSupplier condition) {
        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < end) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        assertThat(condition.getAsBoolean()).as("within 20 seconds").isTrue();
    }

    private static long created(Api.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.id();
    }

    private static String unique(String prefix) {
        return prefix + "_" + NEXT.incrementAndGet() + "_" + Long.toString(System.nanoTime() % 100000, 36).toUpperCase();
    }
}
