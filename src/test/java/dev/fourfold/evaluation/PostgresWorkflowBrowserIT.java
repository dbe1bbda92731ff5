package dev.fourfold.evaluation;

import dev.fourfold.support.EmbeddedPostgresDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The whole browser path — authoring, the grid, a live dashboard, German — on a real PostgreSQL server. */
class PostgresWorkflowBrowserIT extends WorkflowBrowserIT {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresDatabase.register(registry);
    }
}
