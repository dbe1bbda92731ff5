package dev.fourfold.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses an API write (any method but GET, HEAD, OPTIONS) from a user who can change nothing anywhere before a
 * byte of its body is read, so that a reader cannot make the server parse large or hostile bodies only to be
 * refused afterwards. A user can change something when they are an administrator, hold a scorecard-owner or
 * KPI-owner grant, or are the named owner of a KPI and hold any grant (see {@link AccessPolicy#mayEnterValues}).
 * The user's own account ({@code /api/v1/me}) stays writable for everyone. The full check, per scorecard, follows
 * in the services once the body is read.
 */
class WriteRoleFilter extends OncePerRequestFilter {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final AccessRepository grants;
    private final ProblemResponses problems;

    WriteRoleFilter(AccessRepository grants, ProblemResponses problems) {
        this.grants = grants;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (READS.contains(request.getMethod()) || isOwnAccount(request) || auth == null
                || auth instanceof AnonymousAuthenticationToken || mayWrite(auth.getName())) {
            chain.doFilter(request, response);
            return;
        }
        problems.write(request, response, 403, "forbidden", auth.getName() + " may change nothing: only administrators, "
                + "scorecard owners and KPI owners may. Ask an administrator for a role.");
    }

    private static boolean isOwnAccount(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/api/v1/me") || path.startsWith("/api/v1/me/");
    }

    private boolean mayWrite(String username) {
        return grants.mayChangeAnything(username);
    }
}
