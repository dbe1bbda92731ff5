package dev.fourfold.scoring;

import static dev.fourfold.scoring.DataBuilder.values;
import static dev.fourfold.scoring.KpiBuilder.aKpi;
import static dev.fourfold.scoring.ScorecardBuilder.withKpis;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.fourfold.shared.Frequency;
import dev.fourfold.shared.Period;
import java.time.LocalDate;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Seeded properties of daily and weekly KPIs against the same values counted day by day. */
class DaysAndWeeksPropertiesTests {

    static LongStream seeds() {
        return LongStream.range(0, 200);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void sumsEveryPeriodAsItsDaysAndTheWeeksWhoseThursdayItHolds(long seed) {
        Random random = new Random(seed);
        int fiscalStart = 1 + random.nextInt(12);
        LocalDate first = LocalDate.of(2020 + random.nextInt(8), 1 + random.nextInt(12), 1 + random.nextInt(28));
        int length = 20 + random.nextInt(800);
        DataBuilder data = values();
        double[] byDay = new double[length];
        for (int d = 0; d < length; d++) {
            byDay[d] = random.nextInt(1000) / 10.0;
            data.actual("D", Period.day(first.plusDays(d)), byDay[d]);
            if (first.plusDays(d).getDayOfWeek().getValue() == 1) {
                data.actual("W", Period.weekOf(first.plusDays(d)), byDay[d]);
            }
        }
        ScorecardBuilder card = withKpis(aKpi("D").daily().withTarget("1"), aKpi("W").weekly().withTarget("1"))
                .fiscalYearStartingIn(fiscalStart);
        ScoringModel model = ScoringModel.of(card.build(), data.build());
        FiscalCalendar calendar = model.calendar();
        for (int n = 0; n < 20; n++) {
            LocalDate at = first.plusDays(random.nextInt(length));
            Period period = switch (random.nextInt(5)) {
                case 0 -> Period.day(at);
                case 1 -> Period.weekOf(at);
                case 2 -> Period.month(at.getYear(), at.getMonthValue());
                case 3 -> calendar.periodOf(Period.month(at.getYear(), at.getMonthValue()), Frequency.QUARTERLY);
                default -> calendar.fiscalYearOf(Period.month(at.getYear(), at.getMonthValue()));
            };
            View view = View.values()[random.nextInt(3)];
            double days = 0;
            double weeks = 0;
            LocalDate[] span = span(period, view, fiscalStart);
            for (int d = 0; d < length; d++) {
                LocalDate day = first.plusDays(d);
                if (!day.isBefore(span[0]) && !day.isAfter(span[1])) {
                    days += byDay[d];
                }
                LocalDate thursday = day.plusDays(3);
                boolean ended = period.frequency() != Frequency.DAILY || view == View.PERIOD || !day.plusDays(6).isAfter(span[1]);
                if (day.getDayOfWeek().getValue() == 1 && !thursday.isBefore(span[0]) && !thursday.isAfter(span[1]) && ended) {
                    weeks += byDay[d];
                }
            }
            String what = "seed " + seed + " " + period + " " + view + " fiscal start " + fiscalStart;
            KpiResult d = model.evaluateKpi("D", period, view);
            assertThat(d.actual() == null ? 0 : d.actual()).as(what).isCloseTo(days, within(1e-6));
            KpiResult w = model.evaluateKpi("W", period, view);
            if (period.frequency() != Frequency.DAILY || view != View.PERIOD) {
                assertThat(w.actual() == null ? 0 : w.actual()).as(what).isCloseTo(weeks, within(1e-6));
            } else {
                assertThat(w.actual()).as(what).isNull();
            }
            assertThat(d.explanation().text()).isNotBlank();
        }
    }

    /** The first and last day the actuals of a view read (README, "Days and weeks"). */
    private static LocalDate[] span(Period period, View view, int fiscalStart) {
        LocalDate last = period.lastDay(fiscalStart);
        if (view == View.PERIOD) {
            return new LocalDate[] {period.firstDay(fiscalStart), last};
        }
        LocalDate anchor = period.frequency().isMonthBased() ? last : period.anchorDay();
        LocalDate yearStart = LocalDate.of(anchor.getMonthValue() >= fiscalStart ? anchor.getYear() : anchor.getYear() - 1, fiscalStart, 1);
        LocalDate yearEnd = yearStart.plusYears(1).minusDays(1);
        return new LocalDate[] {yearStart, last.isAfter(yearEnd) ? yearEnd : last};
    }
}
