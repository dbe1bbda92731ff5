package dev.fourfold.api;

import dev.fourfold.support.EmbeddedPostgresDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Reviews, deletions and unlockings announced to webhooks, and secrets rotated, through the API on a real PostgreSQL
 * server.
 */
class PostgresWebhookEventApiTests extends ApiContract implements WebhookEventApiCases, WebhookSecretApiCases {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresDatabase.register(registry);
    }
}
