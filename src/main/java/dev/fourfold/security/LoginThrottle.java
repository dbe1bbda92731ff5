package dev.fourfold.security;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Locks an account for a while after repeated failed sign-ins (form or HTTP Basic), and logs it; a successful
 * sign-in resets the count.
 */
@Component
class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    private final UserRepository users;
    private final SecurityProperties properties;
    private final Clock clock;

    LoginThrottle(UserRepository users, SecurityProperties properties, Clock clock) {
        this.users = users;
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        String username = event.getAuthentication().getName();
        if (username == null || username.isBlank()) {
            return;
        }
        int failures = users.recordFailure(username);
        if (failures >= properties.maxFailedLogins()) {
            users.lock(username, clock.instant().plus(properties.lockout()));
            log.warn("Account '{}' locked for {} after {} failed sign-ins", username, properties.lockout(), failures);
        } else if (failures > 0) {
            log.info("Failed sign-in {} of {} for '{}'", failures, properties.maxFailedLogins(), username);
        }
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        users.recordSuccess(event.getAuthentication().getName());
    }
}
