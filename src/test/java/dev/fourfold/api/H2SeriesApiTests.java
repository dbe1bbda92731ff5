package dev.fourfold.api;

/** Budgets, stretch targets and prior years through the API, on the embedded default database. */
class H2SeriesApiTests extends ApiContract implements SeriesApiCases {
}
