package dev.fourfold.api;

/** Inclusions of child units' scorecards through the API, on H2. */
class H2IncludeApiTests extends ApiContract implements IncludeApiCases {
}
