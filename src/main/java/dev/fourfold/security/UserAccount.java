package dev.fourfold.security;

import java.time.Instant;

/**
 * A person who signs in. Administrators may do everything; everyone else acts through {@link Grant}s.
 *
 * @param lockedUntil when failed password sign-ins last held the account up, until when (past: no longer); browsers
 *                    that signed in before and API tokens are not held up
 */
public record UserAccount(long id, String username, String displayName, boolean admin, boolean enabled,
                          Instant lockedUntil, boolean hasPassword, long version) {
}
