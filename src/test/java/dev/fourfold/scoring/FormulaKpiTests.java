package dev.fourfold.scoring;

import static dev.fourfold.scoring.DataBuilder.values;
import static dev.fourfold.scoring.KpiBuilder.aKpi;
import static dev.fourfold.scoring.ScorecardBuilder.withKpis;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.fourfold.shared.Period;
import org.junit.jupiter.api.Test;

class FormulaKpiTests {

    private static KpiResult evaluate(ScorecardBuilder scorecard, DataBuilder data, String code, String period, View view) {
        return ScoringModel.of(scorecard.build(), data.build()).evaluateKpi(code, Period.parse(period), view);
    }

    private static final KpiBuilder NPS = aKpi("NPS").calculatedAs("100 * (PROMOTERS - DETRACTORS) / RESPONSES").withTarget("30");

    private static KpiResult nps(String promoters, String detractors, String responses) {
        DataBuilder data = values().actuals("PROMOTERS", "2026-03", promoters).actuals("DETRACTORS", "2026-03", detractors)
                .actuals("RESPONSES", "2026-03", responses);
        return evaluate(withKpis(NPS, aKpi("PROMOTERS"), aKpi("DETRACTORS"), aKpi("RESPONSES")), data, "NPS", "2026-03", View.PERIOD);
    }

    @Test
    void computesNetPromoterScoresAsPublished() {
        assertThat(nps("2", "7", "11").actual()).isCloseTo(-45.4545, within(0.00005));
        assertThat(nps("100", "80", "210").actual()).isCloseTo(9.5238, within(0.00005));
        assertThat(nps("40", "5", "100").actual()).isEqualTo(35);
    }

    @Test
    void aggregatesInputsFirstForLongerPeriods() {
        KpiBuilder meals = aKpi("MEALS").calculatedAs("100 * WITH_MEALS / FLIGHTS").withTarget("5");
        DataBuilder data = values().actuals("WITH_MEALS", "2026-01", "1", "2026-02", "0", "2026-03", "3")
                .actuals("FLIGHTS", "2026-01", "50", "2026-02", "4", "2026-03", "50");
        KpiResult quarter = evaluate(withKpis(meals, aKpi("WITH_MEALS"), aKpi("FLIGHTS")), data, "MEALS", "2026-Q1", View.PERIOD);
        assertThat(quarter.actual()).isEqualTo(100 * 4.0 / 104).isCloseTo(3.846, within(0.0005));
        assertThat(quarter.target()).isEqualTo(5);
        assertThat(quarter.explanation().formula()).isEqualTo("100 × 4 / 104 = 3.84615384615");
    }

    @Test
    void takesTheLowestCompletenessOfItsInputs() {
        KpiBuilder ratio = aKpi("R").calculatedAs("A / B").withTarget("1");
        DataBuilder data = values().actuals("A", "2026-01", "1", "2026-02", "1", "2026-03", "1")
                .actuals("B", "2026-01", "1", "2026-03", "2");
        KpiResult quarter = evaluate(withKpis(ratio, aKpi("A"), aKpi("B")), data, "R", "2026-Q1", View.PERIOD);
        assertThat(quarter.actual()).isEqualTo(1);
        assertThat(quarter.completeness()).isEqualTo(2.0 / 3);
    }

    @Test
    void givesNoValueOnDivisionByZeroWithTheReason() {
        KpiResult result = nps("1", "1", "0");
        assertThat(result.score()).isNull();
        assertThat(result.reason()).isEqualTo("division by zero: 0 / 0");
    }

    @Test
    void namesTheMissingInput() {
        DataBuilder data = values().actuals("PROMOTERS", "2026-03", "5").actuals("RESPONSES", "2026-03", "10");
        KpiResult result = evaluate(withKpis(NPS, aKpi("PROMOTERS"), aKpi("DETRACTORS"), aKpi("RESPONSES")), data,
                "NPS", "2026-03", View.PERIOD);
        assertThat(result.reason()).isEqualTo("no value for DETRACTORS in 2026-03");
        assertThat(result.status()).isEqualTo(Status.NONE);
    }

    @Test
    void missesAWithheldInputWithAReasonThatNamesNothingAboutIt() {
        KpiBuilder zeroing = aKpi("LEAK").calculatedAs("SECRET * 1 + OWN").treatingMissingInputsAsZero().withTarget("1");
        DataBuilder data = values().actuals("OWN", "2026-03", "5").withheld("secret");
        KpiResult result = evaluate(withKpis(zeroing, aKpi("OWN")), data, "LEAK", "2026-03", View.PERIOD);
        assertThat(result.actual()).as("withheld is never read as zero").isNull();
        assertThat(result.reason()).isEqualTo(ScorecardData.WITHHELD);
        assertThat(result.status()).isEqualTo(Status.NONE);
    }

    @Test
    void readsMissingInputsAsZeroWhenAsked() {
        KpiBuilder zeroing = aKpi("NPS").calculatedAs("100 * (PROMOTERS - DETRACTORS) / RESPONSES")
                .treatingMissingInputsAsZero().withTarget("30");
        DataBuilder data = values().actuals("PROMOTERS", "2026-03", "5").actuals("RESPONSES", "2026-03", "10");
        KpiResult result = evaluate(withKpis(zeroing, aKpi("PROMOTERS"), aKpi("DETRACTORS"), aKpi("RESPONSES")), data,
                "NPS", "2026-03", View.PERIOD);
        assertThat(result.actual()).isEqualTo(50);
        assertThat(result.completeness()).isZero();
    }

    @Test
    void readsThePreviousPeriodAndMissesItInTheFirst() {
        KpiBuilder growth = aKpi("GROWTH").calculatedAs("100 * (REV - prev(REV)) / prev(REV)").withTarget("5");
        DataBuilder data = values().actuals("REV", "2026-01", "100", "2026-02", "110", "2026-04", "121",
                "2026-05", "1", "2026-06", "1");
        ScorecardBuilder scorecard = withKpis(growth, aKpi("REV"));
        assertThat(evaluate(scorecard, data, "GROWTH", "2026-02", View.PERIOD).actual()).isCloseTo(10, within(1e-12));
        assertThat(evaluate(scorecard, data, "GROWTH", "2026-01", View.PERIOD).reason())
                .isEqualTo("no value for REV in 2025-12");
        assertThat(evaluate(scorecard, data, "GROWTH", "2026-Q2", View.PERIOD).actual())
                .isCloseTo(100 * (123 - 210) / 210.0, within(1e-12));
    }

    @Test
    void readsTheSameYearToDateSpanAYearEarlierAsPrevious() {
        KpiBuilder growth = aKpi("G").calculatedAs("REV - prev(REV)").withTarget("1");
        DataBuilder data = values().actuals("REV", "2025-04", "1", "2025-05", "2", "2025-06", "100",
                "2026-04", "10", "2026-05", "20");
        KpiResult ytd = evaluate(withKpis(growth, aKpi("REV")).fiscalYearStartingIn(4), data, "G", "2026-05", View.YTD);
        assertThat(ytd.actual()).isEqualTo(27);
    }

    @Test
    void allowsAFormulaToAccumulateItsOwnPreviousValue() {
        KpiBuilder running = aKpi("RUN").calculatedAs("if(prev(IN) == 0, IN, IN + prev(RUN))").withTarget("1")
                .treatingMissingInputsAsZero();
        DataBuilder data = values().actuals("IN", "2026-01", "1", "2026-02", "2", "2026-03", "3");
        ScorecardBuilder scorecard = withKpis(running, aKpi("IN"));
        assertThat(evaluate(scorecard, data, "RUN", "2026-03", View.PERIOD).actual()).isEqualTo(6);
    }

    @Test
    void usesItsTargetAggregationForItsOwnTargets() {
        KpiBuilder rate = aKpi("R").calculatedAs("A").withTargetsAggregatedBy(Aggregation.SUM).withTarget("10");
        DataBuilder data = values().actuals("A", "2026-01", "5", "2026-02", "5").targets("R", "2026-02", "20");
        KpiResult quarter = evaluate(withKpis(rate, aKpi("A")), data, "R", "2026-Q1", View.PERIOD);
        assertThat(quarter.target()).as("like-for-like over the two months with a value").isEqualTo(30);
        KpiResult average = evaluate(withKpis(aKpi("R").calculatedAs("A").withTarget("10"), aKpi("A")), data, "R",
                "2026-Q1", View.PERIOD);
        assertThat(average.target()).isEqualTo(15);
    }

    @Test
    void readsKpisOfTheWiderOrganisation() {
        KpiBuilder share = aKpi("SHARE").calculatedAs("100 * MINE / GROUP_TOTAL").withTarget("50");
        DataBuilder data = values().other(aKpi("GROUP_TOTAL")).actuals("MINE", "2026-03", "25")
                .actuals("group_total", "2026-03", "100");
        assertThat(evaluate(withKpis(share, aKpi("MINE")), data, "SHARE", "2026-03", View.PERIOD).actual()).isEqualTo(25);
    }

    @Test
    void missesAQuarterlyInputInAMonth() {
        KpiBuilder perHead = aKpi("P").calculatedAs("A / HEADS").withTarget("1");
        DataBuilder data = values().actuals("A", "2026-03", "5").actuals("HEADS", "2026-Q1", "5");
        KpiResult month = evaluate(withKpis(perHead, aKpi("A"), aKpi("HEADS").quarterly()), data, "P", "2026-03", View.PERIOD);
        assertThat(month.reason()).isEqualTo("no value for HEADS in 2026-03 (shorter than its quarterly frequency)");
    }
}
