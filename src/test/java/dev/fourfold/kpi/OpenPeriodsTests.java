package dev.fourfold.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fourfold.shared.Frequency;
import dev.fourfold.shared.Period;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OpenPeriodsTests {

    private static final LocalDate NOV_15 = LocalDate.of(2026, 11, 15);

    @Test
    void keepsAMonthOpenUntilTheNextMonthsValueIsDue() {
        // October is due on 10 November; it stays open until November's value is due on 10 December
        assertThat(OpenPeriods.of(Frequency.MONTHLY, 10, NOV_15, 1)).extracting(Period::key)
                .containsExactly("2026-10", "2026-11");
        assertThat(OpenPeriods.of(Frequency.MONTHLY, 10, LocalDate.of(2026, 11, 10), 1)).extracting(Period::key)
                .containsExactly("2026-09", "2026-10", "2026-11");
    }

    @Test
    void followsTheFiscalYearForQuarters() {
        assertThat(OpenPeriods.of(Frequency.QUARTERLY, 10, NOV_15, 1)).extracting(Period::key)
                .containsExactly("2026-Q3", "2026-Q4");
        assertThat(OpenPeriods.containing(Frequency.QUARTERLY, NOV_15, 4).key()).isEqualTo("2026-Q3");
        assertThat(OpenPeriods.containing(Frequency.YEARLY, LocalDate.of(2027, 2, 1), 4).key()).isEqualTo("2026");
    }

    @Test
    void keepsDaysOpenForTheirGraceDaysAndOneDayMore() {
        assertThat(OpenPeriods.of(Frequency.DAILY, 10, NOV_15, 1)).first().extracting(Period::key).isEqualTo("2026-11-04");
        assertThat(OpenPeriods.of(Frequency.DAILY, 0, NOV_15, 1)).extracting(Period::key)
                .containsExactly("2026-11-14", "2026-11-15");
    }

    @Test
    void callsAPeriodOverdueOnceItsDueDayHasPassed() {
        assertThat(OpenPeriods.pastDue(Period.month(2026, 10), 10, LocalDate.of(2026, 11, 10), 1)).isFalse();
        assertThat(OpenPeriods.pastDue(Period.month(2026, 10), 10, LocalDate.of(2026, 11, 11), 1)).isTrue();
    }

    @Test
    void namesTheOpenPeriodsWhoseDueDateHasPassed() {
        // on 15 November October (due 10 November) is past due and still open; November is not due yet
        assertThat(OpenPeriods.pastDue(Frequency.MONTHLY, 10, NOV_15, 1)).extracting(Period::key)
                .containsExactly("2026-10");
        // with 20 grace days October is due on 20 November: September (due 20 October) is the one past due
        assertThat(OpenPeriods.pastDue(Frequency.MONTHLY, 20, NOV_15, 1)).extracting(Period::key)
                .containsExactly("2026-09");
    }
}
