package dev.fourfold.security;

import java.time.Clock;
import java.time.Instant;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Password sign-in (form and HTTP Basic) behind the throttle: an account that must wait is refused before its
 * password is hashed, a wrong password slows the account (or the known browser) down, a right one resets it.
 * Accounts are never locked, so nobody can lock another person out.
 */
@Component
class PasswordSignIn implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final SignInThrottle throttle;
    private final Clock clock;

    PasswordSignIn(UserRepository users, PasswordEncoder encoder, SignInThrottle throttle, Clock clock) {
        this.passwords = new DaoAuthenticationProvider(new AccountDetails(users));
        this.passwords.setPasswordEncoder(encoder);
        this.throttle = throttle;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        if (username == null || username.isBlank() || username.length() > 100) {
            throw new BadCredentialsException("Bad credentials");
        }
        String device = authentication.getDetails() instanceof SignInDetails d ? d.device() : null;
        Instant now = clock.instant();
        throttle.wait(username, device, now).ifPresent(wait -> {
            throw new SignInThrottledException(wait);
        });
        try {
            Authentication result = passwords.authenticate(authentication);
            throttle.succeeded(username, device, now);
            return result;
        } catch (BadCredentialsException e) {
            throttle.failed(username, device, now);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
