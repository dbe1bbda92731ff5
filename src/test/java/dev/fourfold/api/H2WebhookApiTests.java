package dev.fourfold.api;

/** Webhooks through the API, on H2. */
class H2WebhookApiTests extends ApiContract implements WebhookApiCases {
}
