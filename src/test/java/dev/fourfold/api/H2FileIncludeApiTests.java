package dev.fourfold.api;

/** Scorecard files' inclusions imported and exported through the API, on H2. */
class H2FileIncludeApiTests extends ApiContract implements FileIncludeApiCases {
}
