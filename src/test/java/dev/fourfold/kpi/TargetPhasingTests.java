package dev.fourfold.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TargetPhasingTests {

    private static List<BigDecimal> even(int n) {
        return Collections.nCopies(n, BigDecimal.ONE);
    }

    @Test
    void splitsAnAnnualFigureEvenlyOverTwelveMonths() {
        assertThat(TargetPhasing.split(new BigDecimal("1200"), even(12))).containsOnly(new BigDecimal("100"));
    }

    @Test
    void letsTheLastPeriodTakeTheRoundingRemainderSoTheSumIsExact() {
        List<BigDecimal> shares = TargetPhasing.split(new BigDecimal("1000"), even(12));
        assertThat(shares.get(0)).isEqualByComparingTo("83.3333");
        assertThat(shares.get(11)).isEqualByComparingTo("83.3337");
        assertThat(shares.stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("1000");
    }

    @Test
    void followsASeasonalProfile() {
        List<BigDecimal> weights = List.of(new BigDecimal("1"), new BigDecimal("1"), new BigDecimal("2"), BigDecimal.ZERO);
        assertThat(TargetPhasing.split(new BigDecimal("400"), weights))
                .containsExactly(new BigDecimal("100"), new BigDecimal("100"), new BigDecimal("200"), BigDecimal.ZERO);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void alwaysAddsUpToTheAnnualFigure(long seed) {
        Random random = new Random(seed);
        for (int run = 0; run < 50; run++) {
            BigDecimal total = BigDecimal.valueOf(random.nextInt(10_000_000), random.nextInt(4));
            int n = random.nextBoolean() ? 12 : 4;
            List<BigDecimal> weights = IntStream.range(0, n).mapToObj(i -> BigDecimal.valueOf(random.nextInt(10) + 1)).toList();
            assertThat(TargetPhasing.split(total, weights).stream().reduce(BigDecimal.ZERO, BigDecimal::add))
                    .isEqualByComparingTo(total);
        }
    }
}
