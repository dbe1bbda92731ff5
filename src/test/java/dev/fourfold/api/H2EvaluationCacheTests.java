package dev.fourfold.api;

/** Evaluations from kept models on H2, in the same application context as the other API tests. */
class H2EvaluationCacheTests extends EvaluationCacheContract {
}
