package dev.fourfold.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Answers a page's background request (htmx) whose session has expired: a redirect there would swap the sign-in
 * page into a part of the page, so htmx is told to take the whole window to the sign-in page instead.
 */
final class HtmxSignInRedirect implements AuthenticationEntryPoint {

    static final RequestMatcher HTMX_REQUEST = request -> "true".equals(request.getHeader("HX-Request"));

    /** htmx requests are told to go to the sign-in page; every other request is redirected there. */
    static AuthenticationEntryPoint orSignInPage(String signInPage) {
        var entryPoints = new LinkedHashMap<RequestMatcher, AuthenticationEntryPoint>();
        entryPoints.put(HTMX_REQUEST, new HtmxSignInRedirect());
        var delegating = new DelegatingAuthenticationEntryPoint(entryPoints);
        delegating.setDefaultEntryPoint(new LoginUrlAuthenticationEntryPoint(signInPage));
        return delegating;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e) {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("HX-Redirect", request.getContextPath() + "/login");
    }
}
