package dev.fourfold.security;

import java.time.Instant;

/**
 * A token a user created to call the API as themselves. Only its hash is stored; the secret is shown once.
 *
 * @param prefix the first characters of the secret, to recognise it in lists
 * @param scope  {@code read} (GET only) or {@code read-write}
 */
public record ApiToken(long id, String name, String prefix, String scope, Instant createdAt, Instant expiresAt,
                       Instant lastUsedAt, Instant revokedAt) {
}
