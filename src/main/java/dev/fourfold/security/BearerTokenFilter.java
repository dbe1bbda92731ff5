package dev.fourfold.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer ff_…} API tokens. A read token may only read; an unknown, expired or
 * revoked token is answered with 401 at once. A read keeps the administrator flag read with the token for the rest of
 * the request ({@link TokenDetails}).
 */
class BearerTokenFilter extends OncePerRequestFilter {

    /** Requests that change nothing, which may rely on the administrator flag read with the token. */
    private static final Set<String> READS = Set.of("GET", "HEAD");

    private final TokenService tokens;
    private final ProblemResponses problems;

    BearerTokenFilter(TokenService tokens, ProblemResponses problems) {
        this.tokens = tokens;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        var holder = tokens.authenticate(header.substring(7).strip());
        if (holder.isEmpty()) {
            problems.write(request, response, 401, "unauthenticated",
                    "The API token is unknown, expired or revoked. Create a new one under Tokens.");
            return;
        }
        List<SimpleGrantedAuthority> authorities = "read-write".equals(holder.get().scope())
                ? List.of(new SimpleGrantedAuthority(AccountDetails.READ), new SimpleGrantedAuthority(AccountDetails.READ_WRITE))
                : List.of(new SimpleGrantedAuthority(AccountDetails.READ));
        var authentication = UsernamePasswordAuthenticationToken.authenticated(holder.get().username(), null, authorities);
        if (READS.contains(request.getMethod())) {
            authentication.setDetails(new TokenDetails(holder.get().admin()));
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
