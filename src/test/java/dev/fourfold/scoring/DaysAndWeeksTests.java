package dev.fourfold.scoring;

import static dev.fourfold.scoring.DataBuilder.values;
import static dev.fourfold.scoring.KpiBuilder.aKpi;
import static dev.fourfold.scoring.ScorecardBuilder.withKpis;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fourfold.shared.Period;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The README's worked examples of daily and weekly KPIs ("Days and weeks"). */
class DaysAndWeeksTests {

    private static KpiResult evaluate(ScorecardBuilder scorecard, DataBuilder data, String code, String period, View view) {
        return ScoringModel.of(scorecard.build(), data.build()).evaluateKpi(code, Period.parse(period), view);
    }

    /** The Service Desk example: Monday to Friday 110 calls, Saturday 60, Sunday 40; target 100 a day. */
    private static DataBuilder calls(DataBuilder data, String first, String last) {
        for (LocalDate d = LocalDate.parse(first); !d.isAfter(LocalDate.parse(last)); d = d.plusDays(1)) {
            int weekday = d.getDayOfWeek().getValue();
            data.actual("CALLS", Period.day(d), weekday <= 5 ? 110 : weekday == 6 ? 60 : 40);
        }
        return data;
    }

    private static DataBuilder tickets() {
        return values().actuals("TICKETS", "2026-W09", "480", "2026-W10", "510", "2026-W11", "495", "2026-W12", "530",
                "2026-W13", "520", "2026-W14", "505");
    }

    @Test
    void sumsTheDaysOfAMonthAgainstTheirTargets() {
        KpiBuilder kpi = aKpi("CALLS").daily().withTarget("100");
        KpiResult march = evaluate(withKpis(kpi), calls(values(), "2026-02-23", "2026-04-05"), "CALLS", "2026-03", View.PERIOD);
        assertThat(march.actual()).isEqualTo(2860); // 22 weekdays × 110 + 4 Saturdays × 60 + 5 Sundays × 40
        assertThat(march.target()).isEqualTo(3100);
        assertThat(march.score()).isEqualTo(2860.0 / 3100 * 100);
        assertThat(march.completeness()).isEqualTo(1.0);
    }

    @Test
    void countsAWeekSpanningTwoMonthsInTheMonthOfItsThursday() {
        KpiBuilder kpi = aKpi("TICKETS").weekly().withTarget("500");
        // W09 (23 Feb – 1 Mar, Thursday 26 Feb) counts in February, W14 (30 Mar – 5 Apr, Thursday 2 Apr) in April
        KpiResult march = evaluate(withKpis(kpi), tickets(), "TICKETS", "2026-03", View.PERIOD);
        assertThat(march.actual()).isEqualTo(510 + 495 + 530 + 520);
        assertThat(march.target()).isEqualTo(2000);
        assertThat(march.explanation().missingPeriods()).isEmpty();
        assertThat(evaluate(withKpis(kpi), tickets(), "TICKETS", "2026-04", View.PERIOD).actual()).isEqualTo(505);
        assertThat(evaluate(withKpis(kpi), tickets(), "TICKETS", "2026-02", View.PERIOD).actual()).isEqualTo(480);
    }

    @Test
    void reportsCompletenessOfDaysAndWeeksInAQuarter() {
        KpiBuilder daily = aKpi("CALLS").daily().withTarget("100");
        KpiBuilder weekly = aKpi("TICKETS").weekly().withTarget("500");
        DataBuilder data = calls(tickets(), "2026-02-23", "2026-04-05");
        KpiResult calls = evaluate(withKpis(daily, weekly), data, "CALLS", "2026-Q1", View.PERIOD);
        assertThat(calls.actual()).isEqualTo(3470);
        assertThat(calls.completeness()).isEqualTo(37.0 / 90);
        KpiResult tickets = evaluate(withKpis(daily, weekly), data, "TICKETS", "2026-Q1", View.PERIOD);
        assertThat(tickets.actual()).isEqualTo(2535);
        assertThat(tickets.completeness()).as("13 Thursdays in January–March 2026").isEqualTo(5.0 / 13);
    }

    @Test
    void evaluatesAWeekAndADayAndLeavesLongerFrequenciesWithoutValue() {
        KpiBuilder daily = aKpi("CALLS").daily().withTarget("100");
        KpiBuilder weekly = aKpi("TICKETS").weekly().withTarget("500");
        KpiBuilder monthly = aKpi("CSAT").aggregatedBy(Aggregation.AVERAGE).withTarget("90");
        DataBuilder data = calls(tickets(), "2026-02-23", "2026-04-05").actuals("CSAT", "2026-03", "93");
        ScorecardBuilder card = withKpis(daily, weekly, monthly);
        assertThat(evaluate(card, data, "CALLS", "2026-W14", View.PERIOD).actual()).isEqualTo(650);
        assertThat(evaluate(card, data, "TICKETS", "2026-W14", View.PERIOD).score()).isEqualTo(101);
        assertThat(evaluate(card, data, "CSAT", "2026-W14", View.PERIOD).reason())
                .isEqualTo("2026-W14 is shorter than the KPI's monthly frequency");
        assertThat(evaluate(card, data, "CALLS", "2026-03-15", View.PERIOD).score()).isEqualTo(40);
        assertThat(evaluate(card, data, "TICKETS", "2026-03-15", View.PERIOD).reason())
                .isEqualTo("2026-03-15 is shorter than the KPI's weekly frequency");
    }

    @Test
    void givesA53WeekYearItsWeek53AndNoPriorYearOfIt() {
        // 2026 starts on a Thursday: 2026-W01 starts on Monday 29 December 2025 and 2026-W53 ends on 3 January 2027
        assertThat(Period.parse("2026-W01").firstDay(1)).isEqualTo(LocalDate.of(2025, 12, 29));
        assertThat(Period.parse("2026-W53").lastDay(1)).isEqualTo(LocalDate.of(2027, 1, 3));
        KpiBuilder weekly = aKpi("W").weekly().withTarget("100");
        KpiBuilder growth = aKpi("GROWTH").calculatedAs("W - prev(W)").weekly();
        DataBuilder data = values().actuals("W", "2025-W52", "90", "2026-W52", "95", "2026-W53", "120", "2027-W01", "80");
        ScorecardBuilder card = withKpis(weekly, growth);
        KpiResult year = evaluate(card, data, "W", "2026-W53", View.YEAR);
        assertThat(year.target()).as("53 weeks × 100").isEqualTo(5300);
        assertThat(evaluate(card, data, "W", "2026-12", View.PERIOD).actual()).as("W53's Thursday is 31 December")
                .isEqualTo(95 + 120);
        assertThat(evaluate(card, data, "GROWTH", "2027-W01", View.PERIOD).actual()).as("prev of W01 is W53")
                .isEqualTo(-40);
        KpiResult ytd = evaluate(card, data, "GROWTH", "2026-W53", View.YTD);
        assertThat(ytd.actual()).isNull();
        assertThat(ytd.reason()).contains("no week 53 a year before 2026-W53");
        assertThat(evaluate(card, data, "GROWTH", "2026-W52", View.YTD).actual()).as("YTD 2026 to W52 − YTD 2025 to W52")
                .isEqualTo(95 - 90);
    }

    @Test
    void startsAWeeksYearToDateWithTheFirstWeekWhoseThursdayIsInTheFiscalYear() {
        // fiscal year 2026 starts on 1 April 2026; 2026-W14 (30 March – 5 April) holds Thursday 2 April
        KpiBuilder weekly = aKpi("W").weekly().withTarget("10");
        KpiBuilder daily = aKpi("D").daily().withTarget("1");
        DataBuilder data = values().actuals("W", "2026-W13", "7", "2026-W14", "11", "2026-W15", "12")
                .everyDay("D", "2026-03-30", "2026-04-05", 2);
        ScorecardBuilder card = withKpis(weekly, daily).fiscalYearStartingIn(4);
        assertThat(evaluate(card, data, "W", "2026-W14", View.YTD).actual()).isEqualTo(11);
        assertThat(evaluate(card, data, "W", "2026-W15", View.YTD).actual()).isEqualTo(23);
        assertThat(evaluate(card, data, "W", "2026-W13", View.YTD).actual()).as("W13 ends fiscal 2025").isEqualTo(7);
        KpiResult days = evaluate(card, data, "D", "2026-W14", View.YTD);
        assertThat(days.actual()).as("1–5 April: the fiscal year's days of the week").isEqualTo(10);
        assertThat(evaluate(card, data, "D", "2026-04-03", View.YTD).actual()).isEqualTo(6);
        assertThat(evaluate(card, data, "W", "2026-Q1", View.PERIOD).actual()).as("April–June holds W14 and W15")
                .isEqualTo(23);
    }

    @Test
    void hasNoPriorYearOf29FebruaryButAPreviousDay() {
        KpiBuilder daily = aKpi("D").daily().withTarget("1");
        KpiBuilder change = aKpi("CHANGE").calculatedAs("D - prev(D)").daily();
        DataBuilder data = values().everyDay("D", "2027-01-01", "2028-03-01", 1).actuals("D", "2028-02-29", "5");
        ScorecardBuilder card = withKpis(daily, change);
        assertThat(evaluate(card, data, "CHANGE", "2028-02-29", View.PERIOD).actual()).isEqualTo(4);
        KpiResult ytd = evaluate(card, data, "CHANGE", "2028-02-29", View.YTD);
        assertThat(ytd.actual()).isNull();
        assertThat(ytd.reason()).contains("no 29 February a year before 2028-02-29");
        assertThat(evaluate(card, data, "CHANGE", "2028-03-01", View.YTD).actual()).as("1 January – 1 March: 60 × 1 + 5 against 60 × 1")
                .isEqualTo(65 - 60);
    }

    @Test
    void aggregatesDailyAndWeeklyInputsOverTheWindowBeforeAFormula() {
        KpiBuilder daily = aKpi("CALLS").daily().withTarget("100");
        KpiBuilder weekly = aKpi("TICKETS").weekly().withTarget("500");
        KpiBuilder ratio = aKpi("PER_TICKET").calculatedAs("CALLS / TICKETS").withTarget("1");
        DataBuilder data = calls(tickets(), "2026-02-23", "2026-04-05");
        KpiResult march = evaluate(withKpis(daily, weekly, ratio), data, "PER_TICKET", "2026-03", View.PERIOD);
        assertThat(march.actual()).isEqualTo(2860.0 / 2055);
    }

    @Test
    void forecastsADailyKpiByHoltWithoutSeasons() {
        KpiBuilder daily = aKpi("D").daily().withTarget("10");
        DataBuilder data = values();
        for (int i = 0; i < 30; i++) {
            data.actual("D", Period.day(LocalDate.of(2026, 11, 1).plusDays(i)), 10 + i * 0.5);
        }
        Forecast forecast = ScoringModel.of(withKpis(daily).build(), data.build()).forecast("D", Period.parse("2026-11-30"), 0);
        assertThat(forecast).isInstanceOf(Forecast.Projection.class);
        Forecast.Projection p = (Forecast.Projection) forecast;
        assertThat(p.method()).isEqualTo(ForecastMethod.HOLT);
        assertThat(p.points()).hasSize(31).first().satisfies(f -> assertThat(f.period()).isEqualTo(Period.parse("2026-12-01")));
        assertThat(p.points().get(0).value()).isCloseTo(25, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void comparesADayAndAWeekWithTheSameDateAndWeekOfThePriorYearWhereThereIsOne() {
        KpiBuilder daily = aKpi("D").daily().withTarget("1");
        KpiBuilder weekly = aKpi("W").weekly().withTarget("1");
        KpiBuilder doubled = aKpi("TWICE").calculatedAs("2 * D").daily();
        DataBuilder data = values().actuals("D", "2027-03-01", "4", "2028-03-01", "5", "2028-02-29", "6", "2027-02-28", "7")
                .actuals("W", "2025-W52", "90", "2026-W52", "95", "2026-W53", "120");
        ScorecardBuilder card = withKpis(daily, weekly, doubled);
        assertThat(evaluate(card, data, "D", "2028-03-01", View.PERIOD).priorYear()).isEqualTo(4);
        assertThat(evaluate(card, data, "TWICE", "2028-03-01", View.PERIOD).priorYear()).isEqualTo(8);
        assertThat(evaluate(card, data, "D", "2028-02-29", View.PERIOD).priorYear()).as("no 29 February 2027").isNull();
        assertThat(evaluate(card, data, "TWICE", "2028-02-29", View.PERIOD).priorYear()).isNull();
        assertThat(evaluate(card, data, "W", "2026-W52", View.PERIOD).priorYear()).isEqualTo(90);
        assertThat(evaluate(card, data, "W", "2026-W53", View.PERIOD).priorYear()).as("2025 has 52 weeks").isNull();
        assertThat(evaluate(card, data, "W", "2026-12", View.PERIOD).priorYear()).as("December 2025: W49–W52 holds 90")
                .isEqualTo(90);
    }

    @Test
    void readsDaysAndWeeksBackTenYearsFromTheLatestValueSoSparseCenturiesCostLittle() {
        KpiBuilder daily = aKpi("D").daily().withTarget("1");
        KpiBuilder running = aKpi("RUNNING").calculatedAs("D + prev(RUNNING)").daily().treatingMissingInputsAsZero();
        DataBuilder data = values().actuals("D", "1900-01-01", "1", "2199-12-21", "2", "2199-12-31", "3");
        WorkCounter work = new WorkCounter();
        ScoringModel model = ScoringModel.of(withKpis(daily, running).build(), data.build()).probed(work);
        KpiResult last = model.evaluateKpi("RUNNING", Period.parse("2199-12-31"), View.PERIOD);
        assertThat(last.actual()).as("the value of 1900 lies beyond ten years of days").isEqualTo(5);
        assertThat(work.total()).isLessThanOrEqualTo(ScoringModel.DAY_HISTORY + 2);
        KpiResult early = model.evaluateKpi("RUNNING", Period.parse("1900-01-01"), View.PERIOD);
        assertThat(early.actual()).isNull();
        assertThat(early.reason()).contains("days and weeks are read back to 2189-12-31, ten years before the latest value");
    }
}
