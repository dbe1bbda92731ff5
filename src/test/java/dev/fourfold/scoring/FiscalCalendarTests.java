package dev.fourfold.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fourfold.shared.Frequency;
import dev.fourfold.shared.Period;
import org.junit.jupiter.api.Test;

class FiscalCalendarTests {

    private final FiscalCalendar april = new FiscalCalendar(4);
    private final FiscalCalendar january = new FiscalCalendar(1);

    @Test
    void namesFiscalQuartersAndYearsByTheYearTheFiscalYearStarts() {
        assertThat(april.firstMonthOf(Period.parse("2026-Q1"))).isEqualTo(Period.parse("2026-04"));
        assertThat(april.lastMonthOf(Period.parse("2026-Q1"))).isEqualTo(Period.parse("2026-06"));
        assertThat(april.firstMonthOf(Period.parse("2026-Q4"))).isEqualTo(Period.parse("2027-01"));
        assertThat(april.firstMonthOf(Period.parse("2026"))).isEqualTo(Period.parse("2026-04"));
        assertThat(april.lastMonthOf(Period.parse("2026"))).isEqualTo(Period.parse("2027-03"));
    }

    @Test
    void placesCalendarMonthsInTheirFiscalYearAndQuarter() {
        assertThat(april.fiscalYearOf(Period.parse("2027-03"))).isEqualTo(Period.parse("2026"));
        assertThat(april.fiscalYearOf(Period.parse("2026-04"))).isEqualTo(Period.parse("2026"));
        assertThat(april.fiscalYearOf(Period.parse("2026-03"))).isEqualTo(Period.parse("2025"));
        assertThat(april.periodOf(Period.parse("2027-02"), Frequency.QUARTERLY)).isEqualTo(Period.parse("2026-Q4"));
        assertThat(january.periodOf(Period.parse("2026-08"), Frequency.QUARTERLY)).isEqualTo(Period.parse("2026-Q3"));
    }

    @Test
    void spansTheYearToDateFromTheFiscalYearStart() {
        assertThat(april.actualWindow(Period.parse("2026-06"), View.YTD).describe()).isEqualTo("2026-04 to 2026-06");
        assertThat(april.actualWindow(Period.parse("2027-02"), View.YTD).describe()).isEqualTo("2026-04 to 2027-02");
        assertThat(april.actualWindow(Period.parse("2026-04"), View.YTD).describe()).isEqualTo("2026-04");
        assertThat(april.actualWindow(Period.parse("2026-Q2"), View.YTD).describe()).isEqualTo("2026-04 to 2026-09");
        assertThat(april.actualWindow(Period.parse("2026-Q2"), View.PERIOD).describe()).isEqualTo("2026-07 to 2026-09");
        assertThat(april.fiscalYearWindow(Period.parse("2026-05")).describe()).isEqualTo("2026-04 to 2027-03");
    }

    @Test
    void countsOnlyNativePeriodsWhollyInsideAWindow() {
        Window ytdToMay = april.actualWindow(Period.parse("2026-08"), View.YTD);
        assertThat(april.firstInside(Frequency.QUARTERLY, ytdToMay)).isEqualTo(april.nativeIndex(Period.parse("2026-Q1")));
        assertThat(april.endInside(Frequency.QUARTERLY, ytdToMay)).isEqualTo(april.nativeIndex(Period.parse("2026-Q2")));
        assertThat(april.endInside(Frequency.YEARLY, ytdToMay) - april.firstInside(Frequency.YEARLY, ytdToMay)).isZero();
    }

    @Test
    void looksBackOneYearForThePreviousYearToDateSpan() {
        Window ytd = april.actualWindow(Period.parse("2026-06"), View.YTD);
        assertThat(ytd.shift(-KpiEvaluator.lag(ytd, View.YTD)).describe()).isEqualTo("2025-04 to 2025-06");
        Window quarter = april.actualWindow(Period.parse("2026-Q1"), View.PERIOD);
        assertThat(quarter.shift(-KpiEvaluator.lag(quarter, View.PERIOD)).describe()).isEqualTo("2026-01 to 2026-03");
    }

    @Test
    void rejectsAStartMonthOutsideTheYear() {
        assertThatThrownBy(() -> new FiscalCalendar(0)).hasMessageContaining("1–12");
    }
}
