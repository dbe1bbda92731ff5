package dev.fourfold.api;

import dev.fourfold.evaluation.ScorecardModels;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The cases of evaluations from kept models, with what they need of the application; one subclass per database. */
abstract class EvaluationCacheContract extends ApiContract
        implements EvaluationCacheCases, EvaluationRevalidationCases, EvaluationAccessCases, TokenAccessCases {

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
