package dev.fourfold.webhook;

import java.time.Duration;
import java.time.Instant;

/**
 * When a failed delivery is tried again: the first wait after the first failure, doubling with every further failure
 * up to the longest wait, plus up to a quarter of it at random so that receivers coming back are not hit by every
 * retry at once. Plain arithmetic: the caller passes the time and the random draw.
 */
record Backoff(Duration first, Duration max, int maxAttempts) {

    /** Whether a delivery that failed {@code attempts} times is given up. */
    boolean givesUp(int attempts) {
        return attempts >= maxAttempts;
    }

    /** The wait after the {@code attempts}-th failed attempt (1 for the first), before the jitter. */
    Duration delay(int attempts) {
        int doublings = Math.min(Math.max(attempts - 1, 0), 30);
        Duration d = first.multipliedBy(1L << doublings);
        return d.compareTo(max) > 0 || d.isNegative() ? max : d;
    }

    /** The next attempt after the {@code attempts}-th failure at {@code now}; {@code random} is in [0, 1). */
    Instant next(int attempts, Instant now, double random) {
        Duration d = delay(attempts);
        long jitterMillis = (long) (d.toMillis() * 0.25 * Math.min(Math.max(random, 0), 1));
        return now.plus(d).plusMillis(jitterMillis);
    }
}
