package dev.fourfold.security;

import java.time.Instant;

/**
 * A person who signs in. Administrators may do everything; everyone else acts through {@link Grant}s.
 *
 * @param lockedUntil set after repeated failed sign-ins; the account cannot sign in before then
 */
public record UserAccount(long id, String username, String displayName, boolean admin, boolean enabled,
                          Instant lockedUntil, boolean hasPassword, long version) {
}
