package dev.fourfold.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import dev.fourfold.evaluation.EvaluationService;
import dev.fourfold.measurement.ActualService;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.ChangeSource;
import dev.fourfold.support.Api;
import dev.fourfold.support.TestClock;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The queue of scorecard periods to check: written in the transaction of the write (once per scorecard and period),
 * kept until a watcher checks it, even one started later, and never held up by a period that cannot be checked.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestClock.class)
@TestPropertySource(properties = StatusFixture.OWN_DATABASE)
class StatusQueueTests {

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

    @Autowired
    StatusRepository statuses;

    @Autowired
    EvaluationService evaluations;

    @Autowired
    Outbox outbox;

    @Autowired
    PlatformTransactionManager transactionManager;

    private StatusFixture fixture;

    @BeforeEach
    void emptyTheQueue() {
        fixture = new StatusFixture(new Api(mvc), jdbc, checker, webhooks);
        fixture.checkAll();
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
        fixture.checkAll();
        assertThat(fixture.queued(card.scorecard())).isZero();
        assertThat(fixture.known(card.kpi(), "2026-01")).isEqualTo("red");
        assertThat(fixture.known(second, "2026-01")).isEqualTo("green");
        assertThat(fixture.known(card.kpi(), "2026-02")).isEqualTo("amber");
    }

    @Test
    void checksWhatWasQueuedBeforeWithANewWatcher() {
        StatusFixture.Card card = fixture.card();
        long subscription = fixture.subscribe(card.scorecard(), "/later");
        fixture.record(card, "2026-04", "50");
        assertThat(fixture.queued(card.scorecard())).isEqualTo(1);
        StatusWatcher watcher = new StatusWatcher(checker, fixture.every(properties, Duration.ofMillis(100)), clock);
        watcher.start();
        try {
            fixture.await(() -> fixture.payloads(subscription).size() == 1);
            assertThat(fixture.queued(card.scorecard())).isZero();
        } finally {
            watcher.stop();
            fixture.unsubscribe(subscription);
        }
    }

    @Test
    void dropsACheckThatCannotBeEvaluatedWithoutHoldingUpTheOthers() {
        StatusFixture.Card card = fixture.card();
        long subscription = fixture.subscribe(card.scorecard(), "/dropped");
        try {
            fixture.queueRaw(card.scorecard(), "2026-13");
            fixture.record(card, "2026-03", "50");
            fixture.checkAll();

            assertThat(fixture.queued(card.scorecard())).isZero();
            assertThat(fixture.payloads(subscription)).singleElement()
                    .satisfies(p -> assertThat(JsonPath.<String>read(p, "$.data.period")).isEqualTo("2026-03"));
        } finally {
            fixture.unsubscribe(subscription);
        }
    }

    @Test
    void leavesAScorecardWithMoreValuesThanTheLimitUnwatchedAndEmptiesItsQueue() {
        StatusFixture.Card card = fixture.card();
        long subscription = fixture.subscribe(card.scorecard(), "/too-large");
        try {
            fixture.record(card, "2026-05", "50");
            StatusChecker limited = new StatusChecker(statuses, evaluations, outbox, transactionManager,
                    fixture.limited(properties, 0));

            assertThat(limited.checkQueued(clock.instant())).isEqualTo(1);

            assertThat(fixture.queued(card.scorecard())).isZero();
            assertThat(fixture.known(card.kpi(), "2026-05")).isNull();
            assertThat(fixture.payloads(subscription)).isEmpty();
        } finally {
            fixture.unsubscribe(subscription);
        }
    }

    private static ActualService.Item item(long kpi, String period, String value) {
        return new ActualService.Item(kpi, null, period, new BigDecimal(value), null, null, null);
    }
}
