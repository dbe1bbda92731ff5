package dev.fourfold.api;

import dev.fourfold.support.EmbeddedPostgresDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The bad-input battery over the API, on a real PostgreSQL server. */
class PostgresBadInputApiTests extends ApiContract implements BadInputApiCases {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresDatabase.register(registry);
    }
}
