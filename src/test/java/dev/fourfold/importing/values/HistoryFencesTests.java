package dev.fourfold.importing.values;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fourfold.measurement.Spread;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HistoryFencesTests {

    /** A history whose middle half lies between 100 and 110: the fences are 70 and 140. */
    @ParameterizedTest
    @CsvSource({"105, false", "70, false", "140, false", "69.99, true", "140.01, true", "-5, true", "105000, true"})
    void warnsBeyondThreeInterquartileRangesOfTheQuartiles(String value, boolean warns) {
        Spread spread = new Spread(1, 24, new BigDecimal("100"), new BigDecimal("110"));

        assertThat(HistoryFences.warning("REV", new BigDecimal(value), spread) != null).isEqualTo(warns);
    }

    @ParameterizedTest
    @CsvSource({"50, 50, 65, false", "50, 50, 65.01, true", "0, 0, 1000, false", "-20, -20, -26.01, true"})
    void takesATenthOfTheNumberWhereTheMiddleHalfIsOneNumber(String low, String high, String value, boolean warns) {
        Spread spread = new Spread(1, 12, new BigDecimal(low), new BigDecimal(high));

        assertThat(HistoryFences.warning("REV", new BigDecimal(value), spread) != null).isEqualTo(warns);
    }
}
