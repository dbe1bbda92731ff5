package dev.fourfold.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodTests {

    @ParameterizedTest
    @ValueSource(strings = {"1000-01", "1899-12", "1899", "2200-01", "2200-Q1", "2400", "9999-12"})
    void refusesKeysOutsideTheSupportedYears(String key) {
        assertThatThrownBy(() -> Period.parse(key)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'" + key + "' is outside the supported periods: years 1900 to 2199");
    }

    @Test
    void refusesFactoriesOutsideTheSupportedYears() {
        assertThatThrownBy(() -> Period.month(1000, 1)).hasMessage("year 1000 is outside the supported years 1900 to 2199");
        assertThatThrownBy(() -> Period.quarter(2200, 1)).hasMessageContaining("1900 to 2199");
        assertThatThrownBy(() -> Period.year(1899)).hasMessageContaining("1900 to 2199");
    }

    @Test
    void acceptsTheFirstAndLastSupportedPeriodsAndStepsJustOutsideByArithmetic() {
        assertThat(Period.parse("1900-01").previous().key()).isEqualTo("1899-12");
        assertThat(Period.parse("2199-Q4").next().key()).isEqualTo("2200-Q1");
        assertThat(Period.parse("2199").key()).isEqualTo("2199");
    }
}
