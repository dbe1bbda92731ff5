package dev.fourfold.api;

import dev.fourfold.support.EmbeddedPostgresDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The BI feed through the API, on a real PostgreSQL server. */
class PostgresFactFeedApiTests extends FeedApiContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresDatabase.register(registry);
    }
}
