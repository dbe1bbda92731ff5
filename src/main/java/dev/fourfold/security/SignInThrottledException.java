package dev.fourfold.security;

import java.time.Duration;
import org.springframework.security.authentication.AccountStatusException;

/** A password sign-in refused before the password is checked, because the account must wait. */
class SignInThrottledException extends AccountStatusException {

    private final Duration wait;

    SignInThrottledException(Duration wait) {
        super("Too many failed sign-ins; try again in " + wait.toSeconds() + " s");
        this.wait = wait;
    }

    /** Whole seconds to wait, at least 1 (the value of {@code Retry-After}). */
    long retryAfterSeconds() {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
