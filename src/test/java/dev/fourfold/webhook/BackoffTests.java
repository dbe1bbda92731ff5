package dev.fourfold.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Retries wait longer after every failure, up to a cap, with at most a quarter more at random. */
class BackoffTests {

    private static final Instant NOW = Instant.parse("2026-11-15T09:00:00Z");
    private final Backoff backoff = new Backoff(Duration.ofMinutes(1), Duration.ofHours(6), 10);

    @Test
    void doublesTheWaitAfterEveryFailureUpToTheCap() {
        assertThat(backoff.delay(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(backoff.delay(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(backoff.delay(3)).isEqualTo(Duration.ofMinutes(4));
        assertThat(backoff.delay(9)).isEqualTo(Duration.ofMinutes(256));
        assertThat(backoff.delay(10)).isEqualTo(Duration.ofHours(6));
        assertThat(backoff.delay(60)).isEqualTo(Duration.ofHours(6));
    }

    @Test
    void addsAtMostAQuarterOfTheWaitAtRandom() {
        assertThat(backoff.next(3, NOW, 0)).isEqualTo(NOW.plus(Duration.ofMinutes(4)));
        assertThat(backoff.next(3, NOW, 0.5)).isEqualTo(NOW.plus(Duration.ofMinutes(4)).plusSeconds(30));
        assertThat(backoff.next(3, NOW, 0.999999)).isBefore(NOW.plus(Duration.ofMinutes(5)));
    }

    @Test
    void givesUpAfterTheLastAttempt() {
        assertThat(backoff.givesUp(9)).isFalse();
        assertThat(backoff.givesUp(10)).isTrue();
    }
}
