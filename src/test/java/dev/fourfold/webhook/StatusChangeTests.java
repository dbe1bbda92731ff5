package dev.fourfold.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import dev.fourfold.measurement.ActualService;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.ChangeSource;
import dev.fourfold.support.Api;
import dev.fourfold.support.TestClock;
import dev.fourfold.support.WebhookReceiver;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A KPI's status at a period is watched: a write queues its scorecard periods in its own transaction, and a check
 * compares the statuses there with the ones last known and announces the changes as {@code status.changed}. The
 * checks are called here with the time passed in (the test profile's watcher waits an hour between checks).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestClock.class)
class StatusChangeTests {

    private static final Actor ADMIN = Actor.user("admin", ChangeSource.API);

    @Autowired
    MockMvc mvc;

    @Autowired
    Webhooks webhooks;

    @Autowired
    StatusChecker checker;

    @Autowired
    ActualService actuals;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    WebhookProperties properties;

    @Autowired
    Clock clock;

    @Autowired
    JdbcClient jdbc;

    private StatusFixture fixture;

    @BeforeEach
    void emptyTheQueue() {
        fixture = new StatusFixture(new Api(mvc), jdbc);
        checkAll();
    }

    /** Checks until the queue is empty. */
    private void checkAll() {
        int checked;
        do {
            checked = checker.checkQueued(TestClock.NOW);
        } while (checked > 0);
    }

    private long subscribe(@Nullable Long scorecard, String url) {
        return webhooks.create(new Webhooks.Draft(url, List.of("status.changed"), scorecard, true, null),
                Actor.system()).subscription().id();
    }

    @Test
    void announcesTheFirstStatusOfAKpiAtAPeriodAsChangedFromNone() {
        StatusFixture.Card card = fixture.card();
        long subscription = subscribe(card.scorecard(), "http://127.0.0.1:9/first");
        try {
            fixture.record(card, "2026-10", "50");
            checkAll();

            List<String> sent = fixture.payloads(subscription);
            assertThat(sent).hasSize(1);
            String p = sent.get(0);
            assertThat(JsonPath.<String>read(p, "$.event")).isEqualTo("status.changed");
            assertThat(JsonPath.<String>read(p, "$.actor")).isEqualTo("system");
            assertThat(JsonPath.<String>read(p, "$.occurredAt")).isEqualTo(TestClock.NOW.toString());
            assertThat(JsonPath.<Map<String, Object>>read(p, "$.data")).containsEntry("scorecardId", (int) card.scorecard())
                    .containsEntry("period", "2026-10").containsEntry("view", "period").containsEntry("part", 1)
                    .containsEntry("parts", 1);
            assertThat(JsonPath.<List<Map<String, Object>>>read(p, "$.data.changes")).singleElement().satisfies(c ->
                    assertThat(c).containsEntry("kpiId", (int) card.kpi()).containsEntry("kpiCode", card.code())
                            .containsEntry("kpiName", card.code() + " name").containsEntry("from", "none")
                            .containsEntry("to", "red").containsEntry("score", 50).containsEntry("actual", 50)
                            .containsEntry("target", 100));
        } finally {
            webhooks.delete(subscription, null, Actor.system());
        }
    }

    @Test
    void sendsOneSignedStatusChangedWhenARecordedValueTurnsAKpiRed() throws Exception {
        StatusFixture.Card card = fixture.card();
        fixture.record(card, "2026-09", "120");
        checkAll();
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            Webhooks.CreatedWebhook created = webhooks.create(new Webhooks.Draft(receiver.url("/status"),
                    List.of("status.changed", "value.recorded"), card.scorecard(), true, null), Actor.system());
            try {
                fixture.record(card, "2026-09", "61.5");
                checkAll();

                WebhookReceiver.Received r = receiver.await(x -> "status.changed".equals(x.header("Fourfold-Event")),
                        Duration.ofSeconds(20));
                String t = r.header("Fourfold-Signature").replaceAll("^t=(\\d+),.*$", "$1");
                assertThat(r.header("Fourfold-Signature"))
                        .isEqualTo(Signature.header(created.secret(), Long.parseLong(t), r.body()));
                assertThat(JsonPath.<List<String>>read(r.body(), "$.data.changes[*].from")).containsExactly("green");
                assertThat(JsonPath.<List<String>>read(r.body(), "$.data.changes[*].to")).containsExactly("red");
                assertThat(JsonPath.<List<Double>>read(r.body(), "$.data.changes[*].actual")).containsExactly(61.5);
                assertThat(fixture.payloads(created.subscription().id())).hasSize(1);
            } finally {
                webhooks.delete(created.subscription().id(), null, Actor.system());
            }
        }
    }

    @Test
    void announcesNothingWhenAValueLeavesTheStatusAsItWas() {
        StatusFixture.Card card = fixture.card();
        fixture.record(card, "2026-08", "120");
        checkAll();
        long subscription = subscribe(card.scorecard(), "http://127.0.0.1:9/same");
        try {
            fixture.record(card, "2026-08", "130");
            checkAll();

            assertThat(fixture.payloads(subscription)).isEmpty();
            assertThat(fixture.queued(card.scorecard())).isZero();
        } finally {
            webhooks.delete(subscription, null, Actor.system());
        }
    }

    @Test
    void announcesTheChangeBackWhenAValueIsChangedBack() {
        StatusFixture.Card card = fixture.card();
        long subscription = subscribe(card.scorecard(), "http://127.0.0.1:9/back");
        try {
            for (String value : new String[] {"120", "50", "125"}) {
                fixture.record(card, "2026-07", value);
                checkAll();
            }

            assertThat(fixture.payloads(subscription)).extracting(p -> JsonPath.<String>read(p, "$.data.changes[0].from")
                    + " → " + JsonPath.<String>read(p, "$.data.changes[0].to"))
                    .containsExactly("none → green", "green → red", "red → green");
            assertThat(fixture.known(card.kpi(), "2026-07")).isEqualTo("green");
        } finally {
            webhooks.delete(subscription, null, Actor.system());
        }
    }

    @Test
    void announcesNothingWhenAChangeIsUndoneBeforeTheNextCheck() {
        StatusFixture.Card card = fixture.card();
        fixture.record(card, "2026-06", "120");
        checkAll();
        long subscription = subscribe(card.scorecard(), "http://127.0.0.1:9/undone");
        try {
            fixture.record(card, "2026-06", "50");
            fixture.record(card, "2026-06", "120");
            assertThat(fixture.queued(card.scorecard())).as("one row per write").isEqualTo(2);
            checkAll();

            assertThat(fixture.payloads(subscription)).isEmpty();
        } finally {
            webhooks.delete(subscription, null, Actor.system());
        }
    }

    @Test
    void sendsNothingToASubscriptionForAnotherScorecard() {
        StatusFixture.Card card = fixture.card();
        StatusFixture.Card other = fixture.card();
        long subscription = subscribe(other.scorecard(), "http://127.0.0.1:9/other");
        long all = subscribe(null, "http://127.0.0.1:9/all");
        try {
            fixture.record(card, "2026-05", "50");
            checkAll();

            assertThat(fixture.payloads(subscription)).isEmpty();
            assertThat(fixture.payloads(all)).extracting(p -> JsonPath.<Integer>read(p, "$.data.scorecardId"))
                    .containsExactly((int) card.scorecard());
        } finally {
            webhooks.delete(subscription, null, Actor.system());
            webhooks.delete(all, null, Actor.system());
        }
    }

    @Test
    void queuesEachScorecardPeriodOfABatchOnceAndNothingWhenTheBatchRollsBack() {
        StatusFixture.Card card = fixture.card();
        long second = fixture.kpi(card);
        List<ActualService.Item> batch = List.of(item(card.kpi(), "2026-01", "50"), item(second, "2026-01", "120"),
                item(card.kpi(), "2026-02", "90"));
        transactions.executeWithoutResult(tx -> {
            actuals.recordAll(batch, ADMIN);
            assertThat(fixture.queued(card.scorecard())).isEqualTo(2);
            tx.setRollbackOnly();
        });
        assertThat(fixture.queued(card.scorecard())).isZero();

        actuals.recordAll(batch, ADMIN);
        assertThat(fixture.queued(card.scorecard())).isEqualTo(2);
        checkAll();
        assertThat(fixture.queued(card.scorecard())).isZero();
        assertThat(fixture.known(card.kpi(), "2026-01")).isEqualTo("red");
        assertThat(fixture.known(second, "2026-01")).isEqualTo("green");
        assertThat(fixture.known(card.kpi(), "2026-02")).isEqualTo("amber");
    }

    @Test
    void checksWhatWasQueuedBeforeWithANewWatcher() {
        StatusFixture.Card card = fixture.card();
        long subscription = subscribe(card.scorecard(), "http://127.0.0.1:9/later");
        fixture.record(card, "2026-04", "50");
        assertThat(fixture.queued(card.scorecard())).isEqualTo(1);
        StatusWatcher watcher = new StatusWatcher(checker, fixture.every(properties, Duration.ofMillis(100)), clock);
        watcher.start();
        try {
            fixture.await(() -> fixture.payloads(subscription).size() == 1);
            assertThat(fixture.queued(card.scorecard())).isZero();
        } finally {
            watcher.stop();
            webhooks.delete(subscription, null, Actor.system());
        }
    }

    @Test
    void dropsACheckThatCannotBeEvaluatedWithoutHoldingUpTheOthers() {
        StatusFixture.Card card = fixture.card();
        long subscription = subscribe(card.scorecard(), "http://127.0.0.1:9/dropped");
        try {
            fixture.queueRaw(card.scorecard(), "2026-13");
            fixture.record(card, "2026-03", "50");
            checkAll();

            assertThat(fixture.queued(card.scorecard())).isZero();
            assertThat(fixture.payloads(subscription)).singleElement()
                    .satisfies(p -> assertThat(JsonPath.<String>read(p, "$.data.period")).isEqualTo("2026-03"));
        } finally {
            webhooks.delete(subscription, null, Actor.system());
        }
    }

    private static ActualService.Item item(long kpi, String period, String value) {
        return new ActualService.Item(kpi, null, period, new BigDecimal(value), null, null, null);
    }
}
