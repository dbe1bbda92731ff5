package dev.fourfold.api;

import dev.fourfold.evaluation.ScorecardModels;
import dev.fourfold.support.EmbeddedPostgresDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** Evaluations from kept models on a real PostgreSQL server. */
class PostgresEvaluationCacheTests extends ApiContract
        implements EvaluationCacheCases, EvaluationRevalidationCases, EvaluationAccessCases {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresDatabase.register(registry);
    }

    @Autowired
    MockMvc mockMvc;

    @Autowired
    ScorecardModels models;

    @Override
    public MockMvc mvc() {
        return mockMvc;
    }

    @Override
    public long compilations() {
        return models.compilations();
    }
}
