package dev.fourfold.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * The outcome of the sign-in form. Success marks the browser with a device cookie (so that it signs in even while
 * someone else's failures slow the account down); a throttled attempt is answered with 429 and
 * {@code Retry-After} on the sign-in page, which says how long to wait; any other failure goes back to the form.
 */
class SignInForm extends SavedRequestAwareAuthenticationSuccessHandler implements AuthenticationFailureHandler {

    /** The request attribute with the seconds to wait, for the sign-in page. */
    static final String RETRY_AFTER = "fourfold.signIn.retryAfter";
    static final String THROTTLED_PAGE = "/login/throttled";

    private final SignInThrottle throttle;
    private final Clock clock;
    private final AuthenticationFailureHandler wrongPassword = new SimpleUrlAuthenticationFailureHandler("/login?error");

    SignInForm(SignInThrottle throttle, Clock clock) {
        this.throttle = throttle;
        this.clock = clock;
        setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws ServletException, IOException {
        String device = throttle.rememberDevice(authentication.getName(), SignInDetails.device(request), clock.instant());
        response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(SignInDetails.COOKIE, device).path("/login")
                .maxAge(Duration.ofDays(365)).httpOnly(true).secure(request.isSecure()).sameSite("Lax").build().toString());
        super.onAuthenticationSuccess(request, response, authentication);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException, ServletException {
        if (e instanceof SignInThrottledException throttled) {
            response.setStatus(429);
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(throttled.retryAfterSeconds()));
            request.setAttribute(RETRY_AFTER, throttled.retryAfterSeconds());
            request.getRequestDispatcher(THROTTLED_PAGE).forward(request, response);
            return;
        }
        wrongPassword.onAuthenticationFailure(request, response, e);
    }
}
