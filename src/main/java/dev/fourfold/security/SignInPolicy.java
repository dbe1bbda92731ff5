package dev.fourfold.security;

import java.time.Duration;
import java.time.Instant;

/**
 * How failed password sign-ins slow an account down: the first {@code freeFailures} cost nothing; from then on
 * each failure blocks the next attempt for {@code firstDelay}, doubling with every further failure up to
 * {@code maxDelay}. Failures older than {@code forgetAfter} are forgotten.
 */
record SignInPolicy(int freeFailures, Duration firstDelay, Duration maxDelay, Duration forgetAfter) {

    SignInPolicy {
        if (freeFailures < 1 || firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("invalid sign-in policy");
        }
    }

    /** How long the account waits after its {@code failures}-th failure in a row. */
    Duration delayAfter(int failures) {
        if (failures < freeFailures) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - freeFailures, 40);
        long millis = firstDelay.toMillis();
        for (int i = 0; i < doublings && millis < maxDelay.toMillis(); i++) {
            millis *= 2;
        }
        return Duration.ofMillis(Math.min(millis, maxDelay.toMillis()));
    }

    /** The number of failures in a row once one more happens at {@code now} after {@code previous} at {@code last}. */
    int next(int previous, Instant last, Instant now) {
        return last == null || last.plus(forgetAfter).isBefore(now) ? 1 : previous + 1;
    }
}
