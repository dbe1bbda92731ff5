package dev.fourfold.api;

import dev.fourfold.support.EmbeddedPostgresDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Evaluations from kept models on a real PostgreSQL server. */
class PostgresEvaluationCacheTests extends EvaluationCacheContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresDatabase.register(registry);
    }
}
