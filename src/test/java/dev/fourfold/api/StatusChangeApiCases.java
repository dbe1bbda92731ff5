package dev.fourfold.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import dev.fourfold.support.Api;
import dev.fourfold.support.WebhookReceiver;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The {@code status.changed} webhook end to end: values recorded through the API change a KPI's status, the watcher
 * notices it in the background after the commit, and the receiver (a local HTTP server) gets it signed.
 */
interface StatusChangeApiCases extends ApiCases {

    Duration WAIT = Duration.ofSeconds(30);

    @Test
    default void announcesEachChangeOfAKpisStatusAtAPeriodSignedToTheReceiver() throws Exception {
        Map<String, Long> card = scorecardWithObjective();
        String code = ApiCases.unique("HOOKS");
        long kpi = kpi(card.get("objective"), code, "\"target\": 1600");
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            Api.Answer created = api().post("/api/v1/webhooks", "{\"url\": \"" + receiver.url("/status")
                    + "\", \"events\": [\"status.changed\"], \"scorecardId\": " + card.get("scorecard") + "}");
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            String secret = created.json("$.secret");

            record(code, "1700");
            WebhookReceiver.Received first = receiver.await(x -> x.body().contains("\"to\":\"green\""), WAIT);
            record(code, "1750");
            record(code, "983.9");
            WebhookReceiver.Received red = receiver.await(x -> x.body().contains("\"to\":\"red\""), WAIT);

            assertThat(WebhookApiCases.signed(red, secret)).isTrue();
            assertThat(red.header("Fourfold-Event")).isEqualTo("status.changed");
            assertThat(JsonPath.<String>read(first.body(), "$.data.changes[0].from")).isEqualTo("none");
            assertThat(JsonPath.<Map<String, Object>>read(red.body(), "$.data")).containsEntry("period", "2026-10")
                    .containsEntry("view", "period").containsEntry("scorecardId", card.get("scorecard").intValue());
            assertThat(JsonPath.<List<Map<String, Object>>>read(red.body(), "$.data.changes")).singleElement()
                    .satisfies(c -> assertThat(c).containsEntry("kpiId", (int) kpi).containsEntry("kpiCode", code)
                            .containsEntry("from", "green").containsEntry("to", "red").containsEntry("actual", 983.9)
                            .containsEntry("target", 1600));
            assertThat(JsonPath.<Double>read(red.body(), "$.data.changes[0].score")).isCloseTo(61.49, within());
            assertThat(receiver.received()).as("the change to 1750 left the KPI green: nothing sent").hasSize(2);
            api().delete("/api/v1/webhooks/" + created.json("$.subscription.id"));
        }
    }

    @Test
    default void announcesTheChangeThatANewDefaultTargetInTheKpisDefinitionMakes() throws Exception {
        Map<String, Long> card = scorecardWithObjective();
        String code = ApiCases.unique("HOOKD");
        long kpi = kpi(card.get("objective"), code, "\"target\": 1600");
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            Api.Answer created = api().post("/api/v1/webhooks", "{\"url\": \"" + receiver.url("/definition")
                    + "\", \"events\": [\"status.changed\"], \"scorecardId\": " + card.get("scorecard") + "}");
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            record(code, "1700");
            receiver.await(x -> x.body().contains("\"to\":\"green\""), WAIT);

            Api.Answer revised = api().put("/api/v1/kpis/" + kpi, "{\"objectiveId\": " + card.get("objective")
                    + ", \"code\": \"" + code + "\", \"name\": \"" + code + "\", \"target\": 3400, \"version\": 0}");
            assertThat(revised.status()).as(revised.body()).isEqualTo(200);
            WebhookReceiver.Received red = receiver.await(x -> x.body().contains("\"to\":\"red\""), WAIT);

            assertThat(JsonPath.<Map<String, Object>>read(red.body(), "$.data.changes[0]")).containsEntry("from", "green")
                    .containsEntry("target", 3400);
            api().delete("/api/v1/webhooks/" + created.json("$.subscription.id"));
        }
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(0.01);
    }

    private void record(String code, String value) {
        Api.Answer batch = api().post("/api/v1/actuals/batch", "{\"items\": [{\"kpiCode\": \"" + code
                + "\", \"period\": \"2026-10\", \"value\": " + value + "}]}");
        assertThat(batch.status()).as(batch.body()).isEqualTo(200);
    }
}
