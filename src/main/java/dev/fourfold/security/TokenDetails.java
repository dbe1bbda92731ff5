package dev.fourfold.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * What the query of a read request's API token found besides its holder: whether the holder is an enabled
 * administrator. It lives only as long as the request's security context (the API is stateless), was read from the
 * database on this very request, so {@link AccessPolicy} answers from it instead of asking the database again. Only
 * reads (GET, HEAD) carry it: a write may change the flag itself before it asks again, and asks the database.
 *
 * @param admin whether the token's user was an enabled administrator when the token was read
 */
record TokenDetails(boolean admin) {

    /** Whether {@code username} is an administrator, if this thread's request read it with its token. */
    static Optional<Boolean> adminFlagOf(String username) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getDetails() instanceof TokenDetails d && username.equals(auth.getName())
                ? Optional.of(d.admin()) : Optional.empty();
    }
}
