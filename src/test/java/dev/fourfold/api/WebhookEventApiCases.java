package dev.fourfold.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import dev.fourfold.support.Api;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A value's review and deletion and a period's unlocking reach the outbox through the API, each as one delivery to
 * the subscriptions that want the event and cover the scorecard; a refused change writes nothing.
 */
interface WebhookEventApiCases extends ApiCases {

    JdbcClient jdbc();

    /** A new scorecard with one monthly KPI. */
    record Card(long scorecard, long kpi, String code) {
    }

    default Card card() {
        Map<String, Long> card = scorecardWithObjective();
        String code = ApiCases.unique("HOOKE");
        return new Card(card.get("scorecard"), kpi(card.get("objective"), code, "\"target\": 100"), code);
    }

    default long subscription(String event, long scorecard) {
        Api.Answer created = api().post("/api/v1/webhooks", "{\"url\": \"http://127.0.0.1:9/events\", \"events\": [\""
                + event + "\"], \"scorecardId\": " + scorecard + "}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return ((Number) created.json("$.subscription.id")).longValue();
    }

    default long value(Card c, String period, String value, String extraJson) {
        return ApiCases.created(api().post("/api/v1/actuals", "{\"kpiCode\": \"" + c.code() + "\", \"period\": \""
                + period + "\", \"value\": " + value + extraJson + "}"));
    }

    /** The payloads the outbox holds for a subscription, oldest first. */
    default List<String> payloads(long subscription) {
        return jdbc().sql("select payload from webhook_delivery where subscription_id = :s order by id")
                .param("s", subscription).query(String.class).list();
    }

    default void unsubscribe(long... ids) {
        for (long id : ids) {
            api().delete("/api/v1/webhooks/" + id);
        }
    }

    @Test
    default void announcesAnApprovalWithTheValueItsNewStateAndTheReviewersNoteToItsSubscribersOnly() {
        Card c = card();
        long pending = value(c, "2026-04", "42.5", ", \"state\": \"pending\", \"comment\": \"estimate\"");
        long mine = subscription("value.reviewed", c.scorecard());
        long otherCard = subscription("value.reviewed", 1);
        long otherEvent = subscription("value.recorded", c.scorecard());
        try {
            assertThat(api().post("/api/v1/actuals/" + pending + "/approve", "{\"comment\": \"checked\"}").status())
                    .isEqualTo(200);

            assertThat(payloads(mine)).hasSize(1);
            String p = payloads(mine).get(0);
            assertThat(JsonPath.<String>read(p, "$.event")).isEqualTo("value.reviewed");
            assertThat(JsonPath.<String>read(p, "$.actor")).isEqualTo("admin");
            assertThat(JsonPath.<Map<String, Object>>read(p, "$.data")).containsExactly(
                    Map.entry("scorecardId", (int) c.scorecard()), Map.entry("kpiId", (int) c.kpi()),
                    Map.entry("kpiCode", c.code()), Map.entry("period", "2026-04"), Map.entry("value", 42.5),
                    Map.entry("state", "approved"), Map.entry("comment", "checked"));
            assertThat(payloads(otherCard)).as("a subscription to another scorecard").isEmpty();
            assertThat(payloads(otherEvent)).as("a subscription to another event").isEmpty();
        } finally {
            unsubscribe(mine, otherCard, otherEvent);
        }
    }

    @Test
    default void announcesARejectionWithTheRejectedStateKeepingTheCommentWhenNoNoteIsGiven() {
        Card c = card();
        long pending = value(c, "2026-05", "7", ", \"state\": \"pending\", \"comment\": \"estimate\"");
        long mine = subscription("value.reviewed", c.scorecard());
        try {
            assertThat(api().post("/api/v1/actuals/" + pending + "/reject", "{}").status()).isEqualTo(200);

            assertThat(payloads(mine)).singleElement().satisfies(p -> {
                assertThat(JsonPath.<String>read(p, "$.data.state")).isEqualTo("rejected");
                assertThat(JsonPath.<String>read(p, "$.data.comment")).isEqualTo("estimate");
            });
        } finally {
            unsubscribe(mine);
        }
    }

    @Test
    default void announcesADeletedValueButNothingForADeletionRefusedForItsVersion() {
        Card c = card();
        long actual = value(c, "2026-06", "515.25", "");
        long mine = subscription("value.deleted", c.scorecard());
        long otherCard = subscription("value.deleted", 1);
        long otherEvent = subscription("value.reviewed", c.scorecard());
        try {
            ApiCases.assertProblem(api().delete("/api/v1/actuals/" + actual + "?version=7"), 409);
            assertThat(payloads(mine)).as("a refused deletion").isEmpty();

            assertThat(api().delete("/api/v1/actuals/" + actual + "?version=0").status()).isEqualTo(204);

            assertThat(payloads(mine)).hasSize(1);
            String p = payloads(mine).get(0);
            assertThat(JsonPath.<String>read(p, "$.event")).isEqualTo("value.deleted");
            assertThat(JsonPath.<Map<String, Object>>read(p, "$.data")).containsExactly(
                    Map.entry("scorecardId", (int) c.scorecard()), Map.entry("kpiId", (int) c.kpi()),
                    Map.entry("kpiCode", c.code()), Map.entry("period", "2026-06"), Map.entry("value", 515.25));
            assertThat(payloads(otherCard)).isEmpty();
            assertThat(payloads(otherEvent)).isEmpty();
        } finally {
            unsubscribe(mine, otherCard, otherEvent);
        }
    }

    @Test
    default void announcesAnUnlockedPeriodWithItsLock() {
        Card c = card();
        String locks = "/api/v1/scorecards/" + c.scorecard() + "/locks";
        assertThat(api().post(locks, "{\"period\": \"2026-Q2\"}").status()).isEqualTo(201);
        long lockId = jdbc().sql("select id from period_lock where scorecard_id = :s and period = '2026-Q2'")
                .param("s", c.scorecard()).query(Long.class).single();
        long mine = subscription("period.unlocked", c.scorecard());
        long otherCard = subscription("period.unlocked", 1);
        long otherEvent = subscription("period.locked", c.scorecard());
        try {
            ApiCases.assertProblem(api().delete(locks + "/2026-Q3"), 404);
            assertThat(api().delete(locks + "/2026-Q2").status()).isEqualTo(204);

            assertThat(payloads(mine)).singleElement().satisfies(p -> {
                assertThat(JsonPath.<String>read(p, "$.event")).isEqualTo("period.unlocked");
                assertThat(JsonPath.<Map<String, Object>>read(p, "$.data")).containsExactly(
                        Map.entry("lockId", (int) lockId), Map.entry("scorecardId", (int) c.scorecard()),
                        Map.entry("period", "2026-Q2"));
            });
            assertThat(payloads(otherCard)).isEmpty();
            assertThat(payloads(otherEvent)).isEmpty();
        } finally {
            unsubscribe(mine, otherCard, otherEvent);
        }
    }
}
