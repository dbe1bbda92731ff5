package dev.fourfold.scoring;

import static dev.fourfold.scoring.DataBuilder.values;
import static dev.fourfold.scoring.KpiBuilder.aKpi;
import static dev.fourfold.scoring.ScorecardBuilder.withKpis;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fourfold.shared.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodViewTests {

    private static KpiResult evaluate(ScorecardBuilder scorecard, DataBuilder data, String code, String period, View view) {
        return ScoringModel.of(scorecard.build(), data.build()).evaluateKpi(code, Period.parse(period), view);
    }

    private static KpiResult evaluate(KpiBuilder kpi, DataBuilder data, String period, View view) {
        return evaluate(withKpis(kpi), data, kpi.build().code(), period, view);
    }

    @ParameterizedTest(name = "{0} of 10, 20, 30 → {1}")
    @CsvSource({"sum, 60", "average, 20", "last, 30", "min, 10", "max, 30"})
    void aggregatesMonthsIntoAQuarter(String aggregation, double expected) {
        KpiBuilder kpi = aKpi("A").aggregatedBy(Aggregation.fromKey(aggregation)).withTarget("10");
        DataBuilder data = values().actuals("A", "2026-01", "10", "2026-02", "20", "2026-03", "30");
        assertThat(evaluate(kpi, data, "2026-Q1", View.PERIOD).actual()).isEqualTo(expected);
    }

    @Test
    void aggregatesThePresentValuesAndReportsCompleteness() {
        KpiBuilder kpi = aKpi("A").withTarget("10");
        DataBuilder data = values().actuals("A", "2026-01", "10", "2026-03", "30");
        KpiResult result = evaluate(kpi, data, "2026-Q1", View.PERIOD);
        assertThat(result.actual()).isEqualTo(40);
        assertThat(result.completeness()).isEqualTo(2.0 / 3);
        assertThat(result.target()).as("like-for-like: two months' targets").isEqualTo(20);
        assertThat(result.score()).isEqualTo(200);
        assertThat(result.explanation().missingPeriods()).containsExactly(Period.parse("2026-02"));
        assertThat(result.explanation().text()).endsWith("2 of 3 periods present");
    }

    @Test
    void judgesTheYearViewByTheActualToDateAgainstTheFullYearTarget() {
        KpiBuilder kpi = aKpi("A").withTarget("10");
        DataBuilder data = values().actuals("A", "2026-01", "10", "2026-02", "20", "2026-03", "30", "2026-04", "99")
                .targets("A", "2026-12", "20");
        KpiResult year = evaluate(kpi, data, "2026-03", View.YEAR);
        assertThat(year.actual()).isEqualTo(60);
        assertThat(year.target()).isEqualTo(130);
        assertThat(year.completeness()).isEqualTo(1.0);
        KpiResult ytd = evaluate(kpi, data, "2026-03", View.YTD);
        assertThat(ytd.target()).isEqualTo(30);
        assertThat(ytd.score()).isEqualTo(200);
    }

    @Test
    void takesTheTargetOfTheLatestPresentPeriodForLast() {
        KpiBuilder kpi = aKpi("HEAD").aggregatedBy(Aggregation.LAST).withTarget("100");
        DataBuilder data = values().actuals("HEAD", "2026-01", "90", "2026-02", "95")
                .targets("HEAD", "2026-02", "96", "2026-03", "97", "2026-12", "120");
        KpiResult quarter = evaluate(kpi, data, "2026-Q1", View.PERIOD);
        assertThat(quarter.actual()).isEqualTo(95);
        assertThat(quarter.target()).isEqualTo(96);
        assertThat(evaluate(kpi, data, "2026-03", View.YEAR).target()).isEqualTo(120);
    }

    @Test
    void letsExplicitTargetsOverrideTheConstantTarget() {
        KpiBuilder kpi = aKpi("A").withTarget("100");
        DataBuilder data = values().actuals("A", "2026-01", "100", "2026-02", "100").targets("A", "2026-02", "50");
        assertThat(evaluate(kpi, data, "2026-02", View.YTD).target()).isEqualTo(150);
    }

    @Test
    void givesNoScoreWithoutATargetForAPeriodThatHasAnActual() {
        KpiBuilder kpi = aKpi("A");
        DataBuilder data = values().actuals("A", "2026-01", "1", "2026-02", "2").targets("A", "2026-01", "1");
        assertThat(evaluate(kpi, data, "2026-02", View.YTD).reason()).isEqualTo("no target for 2026-02");
    }

    @Test
    void givesNoScoreWithoutAnActual() {
        KpiResult result = evaluate(aKpi("A").withTarget("1"), values(), "2026-02", View.PERIOD);
        assertThat(result.reason()).isEqualTo("no actual in 2026-02");
        assertThat(result.completeness()).isZero();
        assertThat(evaluate(aKpi("A").withTarget("1"), values(), "2026-02", View.YTD).reason())
                .isEqualTo("no actual in the year to date at 2026-02");
    }

    @Test
    void countsOnlyQuartersWhollyInsideTheYearToDate() {
        KpiBuilder kpi = aKpi("Q").quarterly().withTarget("10");
        DataBuilder data = values().actuals("Q", "2026-Q1", "10", "2026-Q2", "30");
        ScorecardBuilder april = withKpis(kpi).fiscalYearStartingIn(4);
        KpiResult ytdAugust = evaluate(april, data, "Q", "2026-08", View.YTD);
        assertThat(ytdAugust.actual()).isEqualTo(10);
        assertThat(ytdAugust.explanation().periods()).containsExactly(Period.parse("2026-Q1"));
        assertThat(evaluate(april, data, "Q", "2026-05", View.YTD).reason())
                .isEqualTo("the year to date at 2026-05 is shorter than the KPI's quarterly frequency");
        assertThat(evaluate(april, data, "Q", "2026-05", View.YEAR).reason())
                .isEqualTo("no actual in the year to date at 2026-05");
    }

    @Test
    void evaluatesTheFiscalYearOfAnAprilOrganisation() {
        KpiBuilder kpi = aKpi("A").withTarget("1");
        DataBuilder data = values().actuals("A", "2026-03", "100", "2026-04", "1", "2027-03", "2", "2027-04", "100");
        KpiResult year = evaluate(withKpis(kpi).fiscalYearStartingIn(4), data, "A", "2026", View.PERIOD);
        assertThat(year.actual()).isEqualTo(3);
        assertThat(year.completeness()).isEqualTo(2.0 / 12);
        KpiResult q4 = evaluate(withKpis(kpi).fiscalYearStartingIn(4), data, "A", "2026-Q4", View.YTD);
        assertThat(q4.actual()).isEqualTo(3);
    }

    @Test
    void appliesValueThresholdsOnlyInThePeriodViewAtNativeFrequency() {
        KpiBuilder kpi = aKpi("A").aggregatedBy(Aggregation.AVERAGE).withTarget("1000").withThresholds("500", "700", null);
        DataBuilder data = values().actuals("A", "2026-01", "720", "2026-02", "720", "2026-03", "720");
        KpiResult month = evaluate(kpi, data, "2026-03", View.PERIOD);
        assertThat(month.status()).isEqualTo(Status.GREEN);
        assertThat(month.explanation().colour()).isEqualTo("green: actual 720 ≥ green threshold 700");
        assertThat(evaluate(kpi, data, "2026-Q1", View.PERIOD).status()).isEqualTo(Status.RED);
        assertThat(evaluate(kpi, data, "2026-03", View.YTD).status()).isEqualTo(Status.RED);
    }
}
