package dev.fourfold.api;

/** The BI feed through the API, on H2. */
class H2FactFeedApiTests extends FeedApiContract {
}
