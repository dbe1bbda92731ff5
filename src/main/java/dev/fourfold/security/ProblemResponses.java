package dev.fourfold.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** 401, 403 and 429 (sign-in throttled) answers of the API as RFC 9457 problem+json, like every other API error. */
@Component
class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final JsonMapper json;

    ProblemResponses(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e) throws IOException {
        if (e instanceof SignInThrottledException throttled) {
            response.setHeader("Retry-After", Long.toString(throttled.retryAfterSeconds()));
            write(request, response, 429, "sign-in-throttled", "Too many failed sign-ins for this account: try again in "
                    + throttled.retryAfterSeconds() + " s (Retry-After), or use an API token, which is not held up.");
            return;
        }
        write(request, response, 401, "unauthenticated",
                "Sign in first: send an API token as 'Authorization: Bearer …' or use HTTP Basic with your user name and password.");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e) throws IOException {
        write(request, response, 403, "forbidden", "Your credentials may not do this: a read token may only read (GET).");
    }

    void write(HttpServletRequest request, HttpServletResponse response, int status, String type, String detail) throws IOException {
        ProblemDetail pd = ProblemDetail.forStatus(status);
        pd.setType(URI.create("https://fourfold.dev/problems/" + type));
        pd.setTitle(HttpStatus.valueOf(status).getReasonPhrase());
        pd.setDetail(detail);
        pd.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        if (status == 401) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"fourfold\", Basic realm=\"fourfold\"");
        }
        response.getWriter().write(json.writeValueAsString(pd));
    }
}
