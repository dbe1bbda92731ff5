package dev.fourfold.importing.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class KeyTrailTests {

    @Test
    void namesAValueGivenAgainInALaterChunkWithTheRowThatGaveItFirst() {
        KeyTrail trail = new KeyTrail(2);
        trail.add(7, LocalDate.of(2026, 1, 1), 2, 2);
        trail.add(7, LocalDate.of(2026, 2, 1), 3, 2);
        trail.skip();
        trail.add(7, LocalDate.of(2026, 1, 1), 5, 2);

        assertThat(trail.repeats()).containsExactly(new KeyTrail.Repeat(5, 2, 2));
    }

    @Test
    void leavesValuesGivenTwiceInOneChunkToThatChunksCheck() {
        KeyTrail trail = new KeyTrail(10);
        trail.add(7, LocalDate.of(2026, 1, 1), 2, 2);
        trail.add(7, LocalDate.of(2026, 1, 1), 3, 2);

        assertThat(trail.repeats()).isEmpty();
    }

    @Test
    void tellsApartKpisAndDaysAtTheEndsOfTheirRanges() {
        KeyTrail trail = new KeyTrail(1);
        trail.add(0, LocalDate.of(0, 1, 1), 2, 1);
        trail.add(1, LocalDate.of(0, 1, 1), 3, 1);
        trail.add(0, LocalDate.of(9999, 12, 31), 4, 1);
        trail.add((1L << 41) - 1, LocalDate.of(9999, 12, 31), 5, 1);
        for (int i = 0; i < 5_000; i++) {
            trail.add(2, LocalDate.of(2000, 1, 1).plusDays(i), 6 + i, 1);
        }

        assertThat(trail.repeats()).isEmpty();
        assertThatIllegalStateException().isThrownBy(() -> trail.add(1L << 41, LocalDate.of(2026, 1, 1), 9, 1));
    }
}
