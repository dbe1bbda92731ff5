package dev.fourfold.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fourfold.shared.Period;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodStepsTests {

    @ParameterizedTest(name = "{0} → previous {1}, next {2}")
    @CsvSource(nullValues = "none", value = {
        "2026-03, 2026-02, 2026-04",
        "2026-Q1, 2025-Q4, 2026-Q2",
        "2026, 2025, 2027",
        "2026-W53, 2026-W52, 2027-W01",
        "2028-03-01, 2028-02-29, 2028-03-02",
        "1900-01, none, 1900-02",
        "2199-12-31, 2199-12-30, none"})
    void stepsToTheNeighbouringPeriodOfTheSameKindWithinTheSupportedYears(String period, String previous, String next) {
        assertThat(PeriodPicker.neighbour(Period.parse(period), -1)).isEqualTo(previous);
        assertThat(PeriodPicker.neighbour(Period.parse(period), 1)).isEqualTo(next);
    }
}
