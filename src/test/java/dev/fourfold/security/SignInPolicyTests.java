package dev.fourfold.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignInPolicyTests {

    private final SignInPolicy policy = new SignInPolicy(5, Duration.ofSeconds(1), Duration.ofMinutes(15), Duration.ofDays(1));

    @Test
    void letsTheFirstFailuresPassAndThenDoublesTheWaitUpToTheLongest() {
        assertThat(policy.delayAfter(1)).isZero();
        assertThat(policy.delayAfter(4)).isZero();
        assertThat(policy.delayAfter(5)).isEqualTo(Duration.ofSeconds(1));
        assertThat(policy.delayAfter(6)).isEqualTo(Duration.ofSeconds(2));
        assertThat(policy.delayAfter(14)).isEqualTo(Duration.ofSeconds(512));
        assertThat(policy.delayAfter(15)).isEqualTo(Duration.ofMinutes(15));
        assertThat(policy.delayAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void forgetsFailuresOlderThanADay() {
        Instant last = Instant.parse("2026-11-15T09:00:00Z");
        assertThat(policy.next(9, last, last.plus(Duration.ofHours(23)))).isEqualTo(10);
        assertThat(policy.next(9, last, last.plus(Duration.ofHours(25)))).isEqualTo(1);
    }
}
