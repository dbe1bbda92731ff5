package dev.fourfold.api;

import dev.fourfold.evaluation.ScorecardModels;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Evaluations from kept models on H2, in the same application context as the other API tests. */
class H2EvaluationCacheTests extends ApiContract
        implements EvaluationCacheCases, EvaluationRevalidationCases, EvaluationAccessCases {

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
