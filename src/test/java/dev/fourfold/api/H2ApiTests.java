package dev.fourfold.api;

/** The API test cases on the embedded default database, H2 in PostgreSQL mode. */
class H2ApiTests extends ApiContract implements StrategyApiCases, ValuesApiCases, ErrorCases, EdgeCases, DemoCompanyCases,
        EvaluationApiCases {
}
