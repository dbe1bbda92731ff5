package dev.fourfold.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** The details of a form sign-in: with the browser's device cookie, if it sent one (never kept in the session). */
class SignInDetails extends WebAuthenticationDetails {

    static final String COOKIE = "fourfold-device";

    private final transient String device;

    SignInDetails(HttpServletRequest request) {
        super(request);
        this.device = device(request);
    }

    String device() {
        return device;
    }

    static String device(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? null : Arrays.stream(cookies).filter(c -> COOKIE.equals(c.getName()))
                .map(Cookie::getValue).findFirst().orElse(null);
    }
}
