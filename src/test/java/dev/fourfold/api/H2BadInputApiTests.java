package dev.fourfold.api;

/** The bad-input battery over the API, on H2. */
class H2BadInputApiTests extends ApiContract implements BadInputApiCases {
}
