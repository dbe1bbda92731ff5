package dev.fourfold.api;

/** Reviews, deletions and unlockings announced to webhooks, and secrets rotated, through the API on H2. */
class H2WebhookEventApiTests extends ApiContract implements WebhookEventApiCases, WebhookSecretApiCases {
}
