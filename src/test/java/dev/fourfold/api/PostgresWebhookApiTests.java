package dev.fourfold.api;

import dev.fourfold.support.EmbeddedPostgresDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Webhooks through the API, on a real PostgreSQL server. */
class PostgresWebhookApiTests extends ApiContract implements WebhookApiCases {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresDatabase.register(registry);
    }
}
