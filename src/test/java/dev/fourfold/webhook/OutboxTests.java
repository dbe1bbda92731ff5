package dev.fourfold.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import dev.fourfold.measurement.ValuesRecorded;
import dev.fourfold.shared.Actor;
import dev.fourfold.support.TestClock;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;
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
 * Events become deliveries in the transaction of the change: a big write is a few deliveries of many values, a
 * scorecard filter keeps other scorecards' values out, and a rolled-back change leaves nothing to send.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestClock.class)
class OutboxTests {

    @Autowired
    Webhooks webhooks;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    private static ValuesRecorded values(int count, long scorecard) {
        return new ValuesRecorded(IntStream.range(0, count).mapToObj(i -> new ValuesRecorded.Value(scorecard, 1000 + i,
                "K" + i, "2026-01", BigDecimal.valueOf(i), "approved", null, true)).toList(), "admin", "import",
                TestClock.NOW);
    }

    private List<String> payloads(long subscription) {
        return jdbc.sql("select payload from webhook_delivery where subscription_id = :s order by id")
                .param("s", subscription).query(String.class).list();
    }

    @Test
    void sendsABatchOfTwoAndAHalfThousandValuesAsThreePartsAndOnlyTheFilteredScorecardsValues() {
        long all = webhooks.create(new Webhooks.Draft("http://127.0.0.1:9/all", List.of("value.recorded"), null, true,
                null), Actor.system()).subscription().id();
        long one = webhooks.create(new Webhooks.Draft("http://127.0.0.1:9/one", List.of("value.recorded"), 1L, true,
                null), Actor.system()).subscription().id();
        try {
            transactions.executeWithoutResult(tx -> {
                events.publishEvent(values(2500, 999_999));
                events.publishEvent(values(3, 1));
            });
            List<String> parts = payloads(all);
            assertThat(parts).hasSize(4);
            assertThat(parts).extracting(p -> JsonPath.<Integer>read(p, "$.data.parts")).containsExactly(3, 3, 3, 1);
            assertThat(parts).extracting(p -> JsonPath.<List<?>>read(p, "$.data.values").size())
                    .containsExactly(1000, 1000, 500, 3);
            assertThat(parts.subList(0, 3)).extracting(p -> JsonPath.<String>read(p, "$.id")).containsOnly(
                    JsonPath.<String>read(parts.get(0), "$.id"));
            assertThat(payloads(one)).hasSize(1).first().satisfies(p ->
                    assertThat(JsonPath.<List<Integer>>read(p, "$.data.values[*].scorecardId")).containsOnly(1));
        } finally {
            webhooks.delete(all, null, Actor.system());
            webhooks.delete(one, null, Actor.system());
        }
    }

    @Test
    void leavesNoDeliveryWhenTheChangeRollsBack() {
        long id = webhooks.create(new Webhooks.Draft("http://127.0.0.1:9/rollback", List.of("value.recorded"), 1L,
                true, null), Actor.system()).subscription().id();
        try {
            transactions.executeWithoutResult(tx -> {
                events.publishEvent(values(3, 1));
                tx.setRollbackOnly();
            });
            assertThat(payloads(id)).isEmpty();
        } finally {
            webhooks.delete(id, null, Actor.system());
        }
    }
}
