package dev.fourfold.security;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The state of the sign-in throttle, in the database so that every node sees it: failures per account (also for
 * names that do not exist) and the browsers that signed in before ("devices", by the hash of their cookie). A
 * device known for the account is not held up by the account's failures; it counts its own, and stops being
 * trusted after as many as the account may make for free. Every method takes "now".
 */
@Component
class SignInThrottle {

    private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SignInThrottleRepository rows;
    private final SignInPolicy policy;

    SignInThrottle(SignInThrottleRepository rows, SecurityProperties properties) {
        this.rows = rows;
        this.policy = properties.signInPolicy();
    }

    /** How long {@code username} must wait before a password is checked, if at all. */
    Optional<Duration> wait(String username, String device, Instant now) {
        if (trusted(username, device)) {
            return Optional.empty();
        }
        return blockedUntil(username).filter(until -> until.isAfter(now)).map(until -> Duration.between(now, until));
    }

    /** Until when the account is held up, if it has failed sign-ins on record. */
    Optional<Instant> blockedUntil(String username) {
        return rows.blockedUntil(username);
    }

    void failed(String username, String device, Instant now) {
        if (trusted(username, device)) {
            rows.deviceFailed(device, now);
            log.info("Failed sign-in for '{}' from a known browser", username);
            return;
        }
        int failures = rows.failures(username).map(f -> policy.next(f.count(), f.last(), now)).orElse(1);
        Duration delay = policy.delayAfter(failures);
        rows.saveFailures(username, failures, now, now.plus(delay), now.minus(policy.forgetAfter()));
        log.info("Failed sign-in {} in a row for '{}'; next attempt allowed in {} s", failures, username, delay.toSeconds());
    }

    /**
     * A correct password. Through a known browser only that browser's failures are forgotten (so that the owner
     * signing in does not hand a guesser fresh free attempts); otherwise the account's.
     */
    void succeeded(String username, String device, Instant now) {
        if (trusted(username, device)) {
            rows.deviceSucceeded(device, now);
        } else {
            rows.clear(username);
        }
    }

    /**
     * The cookie value that marks this browser as one {@code username} signed in with: the one it sent if that is
     * known for the account, else a new random one (only its hash is stored). Called after a successful sign-in.
     */
    String rememberDevice(String username, String device, Instant now) {
        // Signing in proves the browser's user knows the password, so a browser that lost trust regains it.
        if (device != null && device.length() <= 100 && rows.renewDevice(username, device, now)) {
            return device;
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        rows.insertDevice(username, token, now);
        return token;
    }

    /** An administrator lets the account sign in at once again. */
    void clear(String username) {
        rows.clear(username);
    }

    private boolean trusted(String username, String device) {
        if (device == null || device.isEmpty() || device.length() > 100) {
            return false;
        }
        return rows.deviceFailures(username, device).filter(failures -> failures < policy.freeFailures()).isPresent();
    }
}
