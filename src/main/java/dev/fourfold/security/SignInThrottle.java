package dev.fourfold.security;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
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

    private final JdbcClient jdbc;
    private final SignInPolicy policy;

    SignInThrottle(JdbcClient jdbc, SecurityProperties properties) {
        this.jdbc = jdbc;
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
        return jdbc.sql("select blocked_until from sign_in_throttle where username_key = :k")
                .param("k", UserRepository.key(username)).query(Timestamp.class).optional().map(Timestamp::toInstant);
    }

    void failed(String username, String device, Instant now) {
        if (trusted(username, device)) {
            jdbc.sql("update sign_in_device set failures = failures + 1, last_used_at = :now where token_hash = :h")
                    .param("now", Timestamp.from(now)).param("h", TokenService.hash(device)).update();
            log.info("Failed sign-in for '{}' from a known browser", username);
            return;
        }
        String key = UserRepository.key(username);
        record Row(int failures, Instant last) {
        }
        Row row = jdbc.sql("select failures, last_failure_at from sign_in_throttle where username_key = :k").param("k", key)
                .query((rs, n) -> new Row(rs.getInt(1), rs.getTimestamp(2).toInstant())).optional().orElse(null);
        int failures = row == null ? 1 : policy.next(row.failures(), row.last(), now);
        Duration delay = policy.delayAfter(failures);
        Timestamp until = Timestamp.from(now.plus(delay));
        int updated = jdbc.sql("""
                        update sign_in_throttle set failures = :f, last_failure_at = :now, blocked_until = :until
                        where username_key = :k""")
                .param("f", failures).param("now", Timestamp.from(now)).param("until", until).param("k", key).update();
        if (updated == 0) {
            // A new name: first drop what is forgotten anyway, so that guessed names cannot pile up.
            jdbc.sql("delete from sign_in_throttle where last_failure_at < :cutoff and blocked_until < :now")
                    .param("cutoff", Timestamp.from(now.minus(policy.forgetAfter()))).param("now", Timestamp.from(now)).update();
            try {
                jdbc.sql("""
                                insert into sign_in_throttle (username_key, failures, last_failure_at, blocked_until)
                                values (:k, :f, :now, :until)""")
                        .param("k", key).param("f", failures).param("now", Timestamp.from(now)).param("until", until).update();
            } catch (DuplicateKeyException raced) {
                // Another node recorded a failure of the same name at the same moment; one of them is enough.
            }
        }
        log.info("Failed sign-in {} in a row for '{}'; next attempt allowed in {} s", failures, username, delay.toSeconds());
    }

    /**
     * A correct password. Through a known browser only that browser's failures are forgotten (so that the owner
     * signing in does not hand a guesser fresh free attempts); otherwise the account's.
     */
    void succeeded(String username, String device, Instant now) {
        if (trusted(username, device)) {
            jdbc.sql("update sign_in_device set failures = 0, last_used_at = :now where token_hash = :h")
                    .param("now", Timestamp.from(now)).param("h", TokenService.hash(device)).update();
        } else {
            jdbc.sql("delete from sign_in_throttle where username_key = :k").param("k", UserRepository.key(username)).update();
        }
    }

    /**
     * The cookie value that marks this browser as one {@code username} signed in with: the one it sent if that is
     * known for the account, else a new random one (only its hash is stored). Called after a successful sign-in.
     */
    String rememberDevice(String username, String device, Instant now) {
        String key = UserRepository.key(username);
        // Signing in proves the browser's user knows the password, so a browser that lost trust regains it.
        if (device != null && device.length() <= 100 && jdbc.sql("""
                        update sign_in_device set failures = 0, last_used_at = :now where token_hash = :h and username_key = :k""")
                .param("now", Timestamp.from(now)).param("h", TokenService.hash(device)).param("k", key).update() == 1) {
            return device;
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        jdbc.sql("""
                        insert into sign_in_device (token_hash, username_key, failures, created_at, last_used_at)
                        values (:h, :k, 0, :now, :now)""")
                .param("h", TokenService.hash(token)).param("k", key).param("now", Timestamp.from(now)).update();
        return token;
    }

    /** An administrator lets the account sign in at once again. */
    void clear(String username) {
        jdbc.sql("delete from sign_in_throttle where username_key = :k").param("k", UserRepository.key(username)).update();
    }

    private boolean trusted(String username, String device) {
        if (device == null || device.isEmpty() || device.length() > 100) {
            return false;
        }
        return jdbc.sql("select failures from sign_in_device where token_hash = :h and username_key = :k")
                .param("h", TokenService.hash(device)).param("k", UserRepository.key(username)).query(Integer.class)
                .optional().filter(failures -> failures < policy.freeFailures()).isPresent();
    }
}
