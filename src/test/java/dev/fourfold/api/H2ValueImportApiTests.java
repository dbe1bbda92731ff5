package dev.fourfold.api;

/** Imports of files of values through the API, on H2. */
class H2ValueImportApiTests extends ApiContract implements ValueImportApiCases {
}
