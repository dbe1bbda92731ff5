package dev.fourfold.security;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The sign-in throttle's rows: failures per account name ({@code sign_in_throttle}, also for names that do not
 * exist) and the browsers that signed in before ({@code sign_in_device}), kept by the hash of their cookie only.
 * Names are compared as {@link UserRepository#key} does.
 */
@Repository
class SignInThrottleRepository {

    private final JdbcClient jdbc;

    SignInThrottleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The failures on record for an account name: how many in a row, and when the last one was. */
    record Failures(int count, Instant last) {
    }

    Optional<Instant> blockedUntil(String username) {
        return jdbc.sql("select blocked_until from sign_in_throttle where username_key = :k")
                .param("k", UserRepository.key(username)).query(Timestamp.class).optional().map(Timestamp::toInstant);
    }

    Optional<Failures> failures(String username) {
        return jdbc.sql("select failures, last_failure_at from sign_in_throttle where username_key = :k")
                .param("k", UserRepository.key(username))
                .query((rs, n) -> new Failures(rs.getInt(1), rs.getTimestamp(2).toInstant())).optional();
    }

    /**
     * Records the failures of a name: updates its row, or, for a name without one, first drops the rows forgotten
     * anyway (failed before {@code forgetBefore} and no longer held up), so that guessed names cannot pile up, and
     * then inserts it.
     */
    void saveFailures(String username, int failures, Instant now, Instant until, Instant forgetBefore) {
        String key = UserRepository.key(username);
        int updated = jdbc.sql("""
                        update sign_in_throttle set failures = :f, last_failure_at = :now, blocked_until = :until
                        where username_key = :k""")
                .param("f", failures).param("now", Timestamp.from(now)).param("until", Timestamp.from(until))
                .param("k", key).update();
        if (updated > 0) {
            return;
        }
        jdbc.sql("delete from sign_in_throttle where last_failure_at < :cutoff and blocked_until < :now")
                .param("cutoff", Timestamp.from(forgetBefore)).param("now", Timestamp.from(now)).update();
        try {
            jdbc.sql("""
                            insert into sign_in_throttle (username_key, failures, last_failure_at, blocked_until)
                            values (:k, :f, :now, :until)""")
                    .param("k", key).param("f", failures).param("now", Timestamp.from(now))
                    .param("until", Timestamp.from(until)).update();
        } catch (DuplicateKeyException raced) {
            // Another node recorded a failure of the same name at the same moment; one of them is enough.
        }
    }

    /** Forgets the failures of the account name. */
    void clear(String username) {
        jdbc.sql("delete from sign_in_throttle where username_key = :k").param("k", UserRepository.key(username))
                .update();
    }

    /** The failures of the browser with this cookie, if it is known for the account name. */
    Optional<Integer> deviceFailures(String username, String device) {
        return jdbc.sql("select failures from sign_in_device where token_hash = :h and username_key = :k")
                .param("h", TokenService.hash(device)).param("k", UserRepository.key(username)).query(Integer.class)
                .optional();
    }

    /** Counts one more failure of the browser with this cookie. */
    void deviceFailed(String device, Instant now) {
        jdbc.sql("update sign_in_device set failures = failures + 1, last_used_at = :now where token_hash = :h")
                .param("now", Timestamp.from(now)).param("h", TokenService.hash(device)).update();
    }

    /** Forgets the failures of the browser with this cookie. */
    void deviceSucceeded(String device, Instant now) {
        jdbc.sql("update sign_in_device set failures = 0, last_used_at = :now where token_hash = :h")
                .param("now", Timestamp.from(now)).param("h", TokenService.hash(device)).update();
    }

    /**
     * Forgets the failures of the browser with this cookie if it is known for the account name.
     *
     * @return whether it was known
     */
    boolean renewDevice(String username, String device, Instant now) {
        return jdbc.sql("""
                        update sign_in_device set failures = 0, last_used_at = :now
                        where token_hash = :h and username_key = :k""")
                .param("now", Timestamp.from(now)).param("h", TokenService.hash(device))
                .param("k", UserRepository.key(username)).update() == 1;
    }

    /** Remembers a new browser cookie for the account name. */
    void insertDevice(String username, String device, Instant now) {
        jdbc.sql("""
                        insert into sign_in_device (token_hash, username_key, failures, created_at, last_used_at)
                        values (:h, :k, 0, :now, :now)""")
                .param("h", TokenService.hash(device)).param("k", UserRepository.key(username))
                .param("now", Timestamp.from(now)).update();
    }
}
