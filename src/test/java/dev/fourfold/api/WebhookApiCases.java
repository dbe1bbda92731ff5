package dev.fourfold.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import dev.fourfold.support.Api;
import dev.fourfold.support.WebhookReceiver;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * Webhooks through the API: administrators subscribe a receiver (a local HTTP server here), changes made through the
 * API reach it signed, and the delivery log shows the receiver's answer.
 */
interface WebhookApiCases extends ApiCases {

    Duration WAIT = Duration.ofSeconds(20);

    default Api.Answer subscribe(String url, String events, Long scorecard) {
        return api().post("/api/v1/webhooks", "{\"url\": \"" + url + "\", \"events\": [" + events + "]"
                + (scorecard == null ? "" : ", \"scorecardId\": " + scorecard) + ", \"description\": \"test\"}");
    }

    /** The signature as a receiver checks it (README, Webhooks). */
    static boolean signed(WebhookReceiver.Received r, String secret) throws Exception {
        String header = r.header("Fourfold-Signature");
        String t = header.replaceAll("^t=(\\d+),v1=.*$", "$1");
        String v1 = header.replaceAll("^.*v1=([0-9a-f]+).*$", "$1");
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = HexFormat.of().formatHex(mac.doFinal((t + "." + r.body()).getBytes(StandardCharsets.UTF_8)));
        return java.security.MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                v1.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    default void createsAWebhookShowingItsSecretOnceThenChangesAndDeletesIt() {
        Api.Answer created = subscribe("http://127.0.0.1:9/hook", "\"value.recorded\"", null);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.<String>json("$.secret")).startsWith("whsec_");
        long id = ((Number) created.json("$.subscription.id")).longValue();

        Api.Answer read = api().get("/api/v1/webhooks/" + id);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body()).doesNotContain("whsec_").contains("\"active\":true");
        assertThat(api().get("/api/v1/webhooks").<List<Integer>>json("$[*].id")).contains((int) id);

        Api.Answer changed = api().put("/api/v1/webhooks/" + id, "{\"url\": \"http://127.0.0.1:9/other\", "
                + "\"events\": [\"period.locked\", \"target.revised\"], \"active\": false, \"version\": 0}");
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.<List<String>>json("$.events")).containsExactly("period.locked", "target.revised");
        assertThat(changed.<Boolean>json("$.active")).isFalse();
        ApiCases.assertProblem(api().put("/api/v1/webhooks/" + id, "{\"url\": \"http://127.0.0.1:9/x\", "
                + "\"events\": [\"period.locked\"], \"version\": 0}"), 409);

        assertThat(api().delete("/api/v1/webhooks/" + id + "?version=1").status()).isEqualTo(204);
        ApiCases.assertProblem(api().get("/api/v1/webhooks/" + id), 404);
    }

    @Test
    default void refusesABadUrlAnUnknownEventAndAnUnknownScorecardNamingEachField() {
        Api.Answer refused = api().post("/api/v1/webhooks", "{\"url\": \"ftp://hooks.example.com/x\", "
                + "\"events\": [\"value.recorded\", \"value.erased\"], \"scorecardId\": 999999}");
        ApiCases.assertProblem(refused, 400);
        assertThat(ApiCases.fields(refused)).containsExactly("url", "events[1]", "scorecardId");
        assertThat(refused.body()).contains("value.recorded, target.revised, import.committed, period.locked");

        ApiCases.assertProblem(api().post("/api/v1/webhooks", "{\"events\": []}"), 400);
        ApiCases.assertProblem(api().post("/api/v1/webhooks", "{\"url\": \"http://127.0.0.1/\", \"events\": "
                + "[\"ping\"], \"surprise\": 1}"), 400);
    }

    @Test
    default void letsOnlyAdministratorsSeeOrChangeWebhooks() {
        ApiCases.assertProblem(api().as("owner").get("/api/v1/webhooks"), 403);
        ApiCases.assertProblem(api().as("viewer").post("/api/v1/webhooks", "{\"url\": \"http://127.0.0.1:9/\", "
                + "\"events\": [\"value.recorded\"]}"), 403);
    }

    @Test
    default void deliversOneSignedEventWhenABatchOfValuesIsRecordedThroughTheApi() throws Exception {
        Map<String, Long> card = scorecardWithObjective();
        String code = ApiCases.unique("HOOK");
        long kpi = kpi(card.get("objective"), code, "\"target\": 100");
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            Api.Answer created = subscribe(receiver.url("/fourfold"), "\"value.recorded\"", card.get("scorecard"));
            long id = ((Number) created.json("$.subscription.id")).longValue();
            String secret = created.json("$.secret");
            Api.Answer other = subscribe(receiver.url("/elsewhere"), "\"value.recorded\"", 1L);
            long otherId = ((Number) other.json("$.subscription.id")).longValue();

            ApiCases.assertProblem(api().post("/api/v1/actuals/batch", "{\"items\": [{\"kpiCode\": \"" + code
                    + "\", \"period\": \"2026-01\", \"value\": 1}, {\"kpiCode\": \"" + code
                    + "\", \"period\": \"2026-13\", \"value\": 2}]}"), 400);
            Api.Answer batch = api().post("/api/v1/actuals/batch", "{\"items\": ["
                    + "{\"kpiCode\": \"" + code + "\", \"period\": \"2026-01\", \"value\": 480},"
                    + "{\"kpiCode\": \"" + code + "\", \"period\": \"2026-02\", \"value\": 515.5, \"comment\": \"campaign\"},"
                    + "{\"kpiCode\": \"" + code + "\", \"period\": \"2026-03\", \"value\": 530}]}");
            assertThat(batch.status()).as(batch.body()).isEqualTo(200);

            WebhookReceiver.Received r = receiver.await(x -> x.path().equals("/fourfold"), WAIT);
            assertThat(r.header("Fourfold-Event")).isEqualTo("value.recorded");
            assertThat(r.header("Content-Type")).isEqualTo("application/json");
            assertThat(signed(r, secret)).as("signature of %s", r.body()).isTrue();
            assertThat(signed(r, "whsec_wrong")).isFalse();
            assertThat(JsonPath.<String>read(r.body(), "$.source")).isEqualTo("api");
            assertThat(JsonPath.<List<String>>read(r.body(), "$.data.values[*].period"))
                    .containsExactly("2026-01", "2026-02", "2026-03");
            assertThat(JsonPath.<List<Integer>>read(r.body(), "$.data.values[*].kpiId")).containsOnly((int) kpi);
            assertThat(JsonPath.<String>read(r.body(), "$.data.values[1].comment")).isEqualTo("campaign");
            assertThat(receiver.received()).as("one delivery for the batch, none for the refused one").hasSize(1);

            Api.Answer log = awaitDelivered(id);
            assertThat(log.<Integer>json("$[0].lastStatus")).isEqualTo(204);
            assertThat(log.<Integer>json("$[0].attempts")).isEqualTo(1);
            assertThat(r.header("Fourfold-Delivery")).isEqualTo(log.<Object>json("$[0].id").toString());
            assertThat(api().get("/api/v1/webhooks/" + otherId + "/deliveries").body()).isEqualTo("[]");
            api().delete("/api/v1/webhooks/" + id);
            api().delete("/api/v1/webhooks/" + otherId);
        }
    }

    @Test
    default void announcesRevisedTargetsLockedPeriodsAndTestEvents() {
        Map<String, Long> card = scorecardWithObjective();
        String code = ApiCases.unique("HOOKT");
        kpi(card.get("objective"), code, "\"target\": 100");
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            receiver.answer(200);
            Api.Answer created = subscribe(receiver.url("/t"), "\"target.revised\", \"period.locked\"",
                    card.get("scorecard"));
            long id = ((Number) created.json("$.subscription.id")).longValue();

            assertThat(api().post("/api/v1/targets", "{\"kpiCode\": \"" + code + "\", \"period\": \"2026-06\", "
                    + "\"value\": 600, \"reason\": \"Spring campaign\"}").status()).isEqualTo(201);
            WebhookReceiver.Received target = receiver.await(x -> x.body().contains("target.revised"), WAIT);
            assertThat(JsonPath.<String>read(target.body(), "$.data.targets[0].reason")).isEqualTo("Spring campaign");
            assertThat(JsonPath.<String>read(target.body(), "$.data.targets[0].series")).isEqualTo("target");

            assertThat(api().post("/api/v1/scorecards/" + card.get("scorecard") + "/locks",
                    "{\"period\": \"2026-Q3\"}").status()).isEqualTo(201);
            WebhookReceiver.Received lock = receiver.await(x -> x.body().contains("period.locked"), WAIT);
            assertThat(JsonPath.<String>read(lock.body(), "$.data.period")).isEqualTo("2026-Q3");

            Api.Answer test = api().post("/api/v1/webhooks/" + id + "/test", "");
            assertThat(test.status()).as(test.body()).isEqualTo(202);
            assertThat(test.<String>json("$.event")).isEqualTo("ping");
            WebhookReceiver.Received ping = receiver.await(x -> x.header("Fourfold-Event").equals("ping"), WAIT);
            assertThat(JsonPath.<Integer>read(ping.body(), "$.data.subscriptionId")).isEqualTo((int) id);
            Api.Answer log = awaitDelivered(id);
            assertThat(log.<String>json("$[0].lastResponse")).startsWith("received");
            api().delete("/api/v1/webhooks/" + id);
        }
    }

    /** The delivery log once its newest delivery is delivered. */
    private Api.Answer awaitDelivered(long id) {
        long end = System.nanoTime() + WAIT.toNanos();
        Api.Answer log = api().get("/api/v1/webhooks/" + id + "/deliveries");
        while (!"delivered".equals(log.json("$[0].status")) && System.nanoTime() < end) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            log = api().get("/api/v1/webhooks/" + id + "/deliveries");
        }
        assertThat(log.<String>json("$[0].status")).as(log.body()).isEqualTo("delivered");
        return log;
    }
}
