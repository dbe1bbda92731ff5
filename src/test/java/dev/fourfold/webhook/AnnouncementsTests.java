package dev.fourfold.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import dev.fourfold.kpi.PeriodUnlocked;
import dev.fourfold.measurement.ValueDeleted;
import dev.fourfold.measurement.ValueReviewed;
import dev.fourfold.shared.Actor;
import dev.fourfold.support.TestClock;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A review, a deletion and an unlocking become one delivery each, in the envelope of every event, in the transaction
 * of the change: one that rolls back leaves nothing to send.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestClock.class)
class AnnouncementsTests {

    private static final List<String> EVENTS = List.of("value.reviewed", "value.deleted", "period.unlocked");

    @Autowired
    Webhooks webhooks;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    private void publishAll(long scorecard) {
        events.publishEvent(new ValueReviewed(scorecard, 30, "S_REV", "2026-10", new BigDecimal("1529.2"), "approved",
                null, "owner", "ui", TestClock.NOW));
        events.publishEvent(new ValueDeleted(scorecard, 30, "S_REV", "2026-09", new BigDecimal("12"), "owner", "api",
                TestClock.NOW));
        events.publishEvent(new PeriodUnlocked(7, scorecard, "2026-Q3", "admin", "ui", TestClock.NOW));
    }

    private List<String> payloads(long subscription) {
        return jdbc.sql("select payload from webhook_delivery where subscription_id = :s order by id")
                .param("s", subscription).query(String.class).list();
    }

    private long subscribe(String path) {
        return webhooks.create(new Webhooks.Draft("http://127.0.0.1:9" + path, EVENTS, 3L, true, null), Actor.system())
                .subscription().id();
    }

    @Test
    void writesOneDeliveryPerChangeInTheEnvelopeOfEveryEvent() {
        long id = subscribe("/announced");
        try {
            transactions.executeWithoutResult(tx -> {
                publishAll(3);
                publishAll(4);
            });
            List<String> sent = payloads(id);
            assertThat(sent).extracting(p -> JsonPath.<String>read(p, "$.event")).containsExactlyElementsOf(EVENTS);
            assertThat(sent).extracting(p -> JsonPath.<Integer>read(p, "$.data.scorecardId")).containsOnly(3);
            assertThat(sent).extracting(p -> JsonPath.<String>read(p, "$.occurredAt")).containsOnly(TestClock.NOW.toString());
            assertThat(sent.get(0)).contains("\"comment\":null");
            assertThat(JsonPath.<String>read(sent.get(1), "$.source")).isEqualTo("api");
            assertThat(JsonPath.<String>read(sent.get(2), "$.actor")).isEqualTo("admin");
            assertThat(sent).extracting(p -> JsonPath.<String>read(p, "$.id")).doesNotHaveDuplicates();
        } finally {
            webhooks.delete(id, null, Actor.system());
        }
    }

    @Test
    void leavesNoDeliveryWhenTheChangeRollsBack() {
        long id = subscribe("/rolled-back");
        try {
            transactions.executeWithoutResult(tx -> {
                publishAll(3);
                tx.setRollbackOnly();
            });
            assertThat(payloads(id)).isEmpty();
        } finally {
            webhooks.delete(id, null, Actor.system());
        }
    }
}
