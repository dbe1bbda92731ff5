package dev.fourfold.scorecard;

import dev.fourfold.support.EmbeddedPostgresDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The unit ancestry and concurrent imports on a real PostgreSQL server. */
class PostgresUnitAncestryTests extends UnitAncestryTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresDatabase.register(registry);
    }
}
