package dev.fourfold.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fourfold.support.Api;
import dev.fourfold.support.WebhookReceiver;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rotating a webhook's signing secret: administrators get a new secret once, and every delivery sent from then on,
 * those queued before the rotation included, is signed with it and no longer with the old one.
 */
interface WebhookSecretApiCases extends ApiCases {

    JdbcClient jdbc();

    /** A subscription and the secret its creation answered. */
    record Subscribed(long id, String secret) {
    }

    /** A paused subscription: its deliveries wait until it is active. */
    private Subscribed paused(String url) {
        Api.Answer created = api().post("/api/v1/webhooks", "{\"url\": \"" + url + "\", \"events\": [\"value.recorded\"], "
                + "\"active\": false}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return new Subscribed(((Number) created.json("$.subscription.id")).longValue(), created.json("$.secret"));
    }

    private String storedSecret(long id) {
        return jdbc().sql("select secret from webhook_subscription where id = :id").param("id", id).query(String.class)
                .single();
    }

    @Test
    default void rotatesTheSecretSoThatADeliveryQueuedBeforeIsSignedWithTheNewOneOnly() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            Subscribed old = paused(receiver.url("/rotated"));
            long id = old.id();
            assertThat(api().post("/api/v1/webhooks/" + id + "/test", "").status()).isEqualTo(202);

            Api.Answer rotated = api().post("/api/v1/webhooks/" + id + "/secret", "");
            assertThat(rotated.status()).as(rotated.body()).isEqualTo(200);
            String secret = rotated.json("$.secret");
            assertThat(secret).startsWith("whsec_").isNotEqualTo(old.secret());
            assertThat(rotated.<Integer>json("$.subscription.id")).isEqualTo((int) id);
            assertThat(rotated.<Integer>json("$.subscription.version")).as("the settings are as they were").isZero();
            assertThat(api().get("/api/v1/webhooks/" + id).body()).doesNotContain("whsec_");

            assertThat(api().put("/api/v1/webhooks/" + id, "{\"url\": \"" + receiver.url("/rotated") + "\", "
                    + "\"events\": [\"value.recorded\"], \"active\": true, \"version\": 0}").status()).isEqualTo(200);
            WebhookReceiver.Received ping = receiver.await(r -> r.header("Fourfold-Event").equals("ping"),
                    WebhookApiCases.WAIT);
            assertThat(WebhookApiCases.signed(ping, secret)).as("signed with the new secret").isTrue();
            assertThat(WebhookApiCases.signed(ping, old.secret())).as("signed with the old secret").isFalse();
            api().delete("/api/v1/webhooks/" + id);
        }
    }

    @Test
    default void letsOnlyAdministratorsRotateASecretAndAnswersAnUnknownWebhookWithNotFound() {
        Subscribed created = paused("http://127.0.0.1:9/rotate");
        long id = created.id();
        try {
            ApiCases.assertProblem(api().as("viewer").post("/api/v1/webhooks/" + id + "/secret", ""), 403);
            ApiCases.assertProblem(api().as("owner").post("/api/v1/webhooks/" + id + "/secret", ""), 403);
            assertThat(storedSecret(id)).isEqualTo(created.secret());
            ApiCases.assertProblem(api().post("/api/v1/webhooks/999999999/secret", ""), 404);
        } finally {
            api().delete("/api/v1/webhooks/" + id);
        }
    }
}
