package dev.fourfold.api;

import dev.fourfold.support.EmbeddedPostgresDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Imports of files of values through the API, on a real PostgreSQL server. */
class PostgresValueImportApiTests extends ApiContract implements ValueImportApiCases {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresDatabase.register(registry);
    }
}
