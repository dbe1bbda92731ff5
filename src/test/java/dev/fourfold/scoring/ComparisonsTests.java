package dev.fourfold.scoring;

import static dev.fourfold.scoring.DataBuilder.values;
import static dev.fourfold.scoring.KpiBuilder.aKpi;
import static dev.fourfold.scoring.ScorecardBuilder.withKpis;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fourfold.shared.Frequency;
import dev.fourfold.shared.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Budgets and stretch targets like-for-like as the target, the prior year, and the variances to each. */
class ComparisonsTests {

    private static KpiResult evaluate(ScorecardBuilder scorecard, DataBuilder data, String code, String period,
                                      View view) {
        return ScoringModel.of(scorecard.build(), data.build()).evaluateKpi(code, Period.parse(period), view);
    }

    private static KpiResult evaluate(KpiBuilder kpi, DataBuilder data, String period, View view) {
        return evaluate(withKpis(kpi), data, kpi.build().code(), period, view);
    }

    @Test
    void judgesTheBudgetLikeForLikeOverTheMonthsThatHaveAnActual() {
        KpiBuilder kpi = aKpi("REV").withTarget("100");
        DataBuilder data = values().actuals("REV", "2026-01", "95", "2026-03", "104.5")
                .budgets("REV", "2026-01", "90", "2026-02", "100", "2026-03", "110");
        KpiResult q1 = evaluate(kpi, data, "2026-Q1", View.PERIOD);
        assertThat(q1.target()).isEqualTo(200);
        assertThat(q1.budget()).as("January and March only, as the target").isEqualTo(200);
        assertThat(q1.budgetVariance()).isEqualTo(new Variance(-0.5, -0.25));
    }

    @Test
    void takesTheFullYearBudgetInTheYearView() {
        KpiBuilder kpi = aKpi("REV").withTarget("100");
        DataBuilder data = values().actuals("REV", "2026-01", "95", "2026-02", "120")
                .budgets("REV", monthsOf2026("100"));
        KpiResult year = evaluate(kpi, data, "2026-02", View.YEAR);
        assertThat(year.budget()).isEqualTo(1200);
        assertThat(year.target()).isEqualTo(1200);
        assertThat(evaluate(kpi, data, "2026-02", View.YTD).budget()).isEqualTo(200);
    }

    @Test
    void hasNoBudgetWhereAPeriodThatCountsHasNone() {
        KpiBuilder kpi = aKpi("REV").withTarget("100");
        DataBuilder data = values().actuals("REV", "2026-01", "95", "2026-02", "120").budgets("REV", "2026-01", "90");
        assertThat(evaluate(kpi, data, "2026-Q1", View.PERIOD).budget()).isNull();
        assertThat(evaluate(kpi, data, "2026-01", View.PERIOD).budget()).isEqualTo(90);
        assertThat(evaluate(kpi, data, "2026-02", View.YEAR).budget()).as("the year needs every month").isNull();
        KpiResult none = evaluate(kpi, values().actuals("REV", "2026-01", "95"), "2026-01", View.PERIOD);
        assertThat(none.budget()).isNull();
        assertThat(none.stretch()).isNull();
        assertThat(none.budgetVariance()).isEqualTo(Variance.NONE);
    }

    @Test
    void aggregatesBudgetsAndStretchTargetsByTheTargetAggregation() {
        KpiBuilder kpi = aKpi("RATE").aggregatedBy(Aggregation.AVERAGE).withTarget("10");
        DataBuilder data = values().actuals("RATE", "2026-01", "8", "2026-02", "12")
                .budgets("RATE", "2026-01", "9", "2026-02", "11").stretchTargets("RATE", "2026-01", "12", "2026-02", "14");
        KpiResult q1 = evaluate(kpi, data, "2026-Q1", View.PERIOD);
        assertThat(q1.budget()).isEqualTo(10);
        assertThat(q1.stretch()).isEqualTo(13);
        assertThat(q1.stretchVariance()).isEqualTo(new Variance(-3.0, -3.0 * 100 / 13));
    }

    @Test
    void leavesTheScoreAsTheTargetMakesIt() {
        KpiBuilder kpi = aKpi("REV").withTarget("110");
        DataBuilder plain = values().actuals("REV", "2026-03", "104.5");
        DataBuilder planned = values().actuals("REV", "2026-03", "104.5").budgets("REV", "2026-03", "90")
                .stretchTargets("REV", "2026-03", "200");
        assertThat(evaluate(kpi, planned, "2026-03", View.PERIOD).score())
                .isEqualTo(evaluate(kpi, plain, "2026-03", View.PERIOD).score()).isEqualTo(95);
    }

    @Test
    void comparesAMonthWithTheSameMonthAYearEarlier() {
        KpiBuilder kpi = aKpi("REV").withTarget("100");
        DataBuilder data = values().actuals("REV", "2025-03", "95", "2026-02", "120", "2026-03", "104.5");
        KpiResult march = evaluate(kpi, data, "2026-03", View.PERIOD);
        assertThat(march.priorYear()).isEqualTo(95);
        assertThat(march.priorYearVariance()).isEqualTo(new Variance(9.5, 10.0));
        assertThat(evaluate(kpi, data, "2026-02", View.PERIOD).priorYear()).as("no February 2025").isNull();
    }

    @Test
    void comparesAQuarterWithTheSameFiscalQuarterAYearEarlier() {
        KpiBuilder kpi = aKpi("NPS").quarterly().aggregatedBy(Aggregation.AVERAGE).withTarget("30");
        DataBuilder data = values().actuals("NPS", "2025-Q2", "20", "2026-Q1", "25", "2026-Q2", "27");
        ScorecardBuilder april = withKpis(kpi).fiscalYearStartingIn(4);
        KpiResult q2 = evaluate(april, data, "NPS", "2026-Q2", View.PERIOD);
        assertThat(q2.priorYear()).isEqualTo(20);
        assertThat(q2.priorYearVariance()).isEqualTo(new Variance(7.0, 35.0));
        assertThat(evaluate(april, data, "NPS", "2026", View.PERIOD).priorYear())
                .as("the fiscal year 2025 has only its second quarter").isEqualTo(20);
    }

    @Test
    void comparesAYearWithThePreviousFiscalYear() {
        KpiBuilder kpi = aKpi("HEADS").yearly().aggregatedBy(Aggregation.LAST).withTarget("500");
        DataBuilder data = values().actuals("HEADS", "2025", "480", "2026", "510");
        KpiResult year = evaluate(kpi, data, "2026", View.PERIOD);
        assertThat(year.priorYear()).isEqualTo(480);
        assertThat(year.priorYearVariance()).isEqualTo(new Variance(30.0, 6.25));
    }

    @Test
    void comparesTheYearToDateWithTheSameSpanAYearEarlier() {
        KpiBuilder kpi = aKpi("REV").withTarget("100");
        DataBuilder data = values().actuals("REV", "2025-01", "90", "2025-02", "100", "2025-03", "95", "2025-04", "500",
                "2026-01", "95", "2026-02", "120", "2026-03", "104.5");
        assertThat(evaluate(kpi, data, "2026-03", View.YTD).priorYear()).isEqualTo(285);
        assertThat(evaluate(kpi, data, "2026-03", View.YEAR).priorYear()).isEqualTo(285);
    }

    @Test
    void evaluatesAFormulaOverTheWindowAYearEarlier() {
        KpiBuilder margin = aKpi("MARGIN").calculatedAs("100 * (REV - COGS) / REV").withTarget("40");
        DataBuilder data = values().actuals("REV", "2025-03", "100", "2026-03", "104.5")
                .actuals("COGS", "2025-03", "70", "2026-03", "66");
        ScorecardBuilder scorecard = withKpis(margin, aKpi("REV").weighing("0"), aKpi("COGS").weighing("0"));
        KpiResult march = evaluate(scorecard, data, "MARGIN", "2026-03", View.PERIOD);
        assertThat(march.priorYear()).isEqualTo(30);
        assertThat(march.priorYearVariance().value()).isCloseTo(march.actual() - 30, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(evaluate(scorecard, data, "MARGIN", "2026-02", View.PERIOD).priorYear()).isNull();
    }

    @Test
    void worksOutVariancesAsValueAndPercentOfTheReference() {
        assertThat(Variance.of(104.5, 110.0)).isEqualTo(new Variance(-5.5, -5.0));
        assertThat(Variance.of(0.0, -50.0)).as("percent of |X|").isEqualTo(new Variance(50.0, 100.0));
        assertThat(Variance.of(10.0, 0.0)).as("no percent of 0").isEqualTo(new Variance(10.0, null));
        assertThat(Variance.of(null, 10.0)).isEqualTo(Variance.NONE);
        assertThat(Variance.of(10.0, null)).isEqualTo(Variance.NONE);
    }

    @Test
    void hasNothingToCompareInAPeriodShorterThanTheFrequency() {
        KpiBuilder kpi = aKpi("NPS").quarterly().withTarget("30");
        DataBuilder data = values().actuals("NPS", "2025-Q1", "20", "2026-Q1", "25").budgets("NPS", "2026-Q1", "22");
        KpiResult month = evaluate(kpi, data, "2026-02", View.PERIOD);
        assertThat(month.budget()).isNull();
        assertThat(month.priorYear()).isNull();
        assertThat(month.priorYearVariance()).isEqualTo(Variance.NONE);
    }

    @Test
    void mapsANativePeriodToItsCounterpartAYearEarlier() {
        FiscalCalendar april = new FiscalCalendar(4);
        assertThat(april.nativePeriod(Frequency.MONTHLY, Lags.yearEarlier(april, Frequency.MONTHLY,
                april.nativeIndex(Period.parse("2026-02"))))).isEqualTo(Period.parse("2025-02"));
        assertThat(april.nativePeriod(Frequency.QUARTERLY, Lags.yearEarlier(april, Frequency.QUARTERLY,
                april.nativeIndex(Period.parse("2026-Q4"))))).isEqualTo(Period.parse("2025-Q4"));
        assertThat(april.nativePeriod(Frequency.YEARLY, Lags.yearEarlier(april, Frequency.YEARLY,
                april.nativeIndex(Period.parse("2026"))))).isEqualTo(Period.parse("2025"));
    }

    /** The worked example of the README ("Budgets, stretch targets and the prior year"). */
    @Test
    void reproducesTheWorkedExampleOfTheReadme() {
        KpiBuilder kpi = aKpi("REV").withTarget("100");
        DataBuilder data = values()
                .actuals("REV", "2025-01", "90", "2025-02", "100", "2025-03", "95",
                        "2026-01", "95", "2026-02", "120", "2026-03", "104.5")
                .targets("REV", "2026-03", "110")
                .budgets("REV", monthsOf2026("100"))
                .stretchTargets("REV", "2026-01", "115", "2026-02", "115", "2026-03", "115");
        KpiResult march = evaluate(kpi, data, "2026-03", View.PERIOD);
        assertThat(List.of(march.actual(), march.target(), march.budget(), march.stretch(), march.priorYear()))
                .containsExactly(104.5, 110.0, 100.0, 115.0, 95.0);
        assertThat(march.targetVariance()).isEqualTo(new Variance(-5.5, -5.0));
        assertThat(march.budgetVariance()).isEqualTo(new Variance(4.5, 4.5));
        assertThat(march.stretchVariance()).isEqualTo(new Variance(-10.5, -9.130434782608695));
        assertThat(march.priorYearVariance()).isEqualTo(new Variance(9.5, 10.0));
        KpiResult q1 = evaluate(kpi, data, "2026-Q1", View.PERIOD);
        assertThat(List.of(q1.actual(), q1.target(), q1.budget(), q1.stretch(), q1.priorYear()))
                .containsExactly(319.5, 310.0, 300.0, 345.0, 285.0);
        assertThat(q1.budgetVariance()).isEqualTo(new Variance(19.5, 6.5));
        assertThat(q1.priorYearVariance()).isEqualTo(new Variance(34.5, 12.105263157894736));
        KpiResult year = evaluate(kpi, data, "2026-03", View.YEAR);
        assertThat(year.target()).isEqualTo(1210);
        assertThat(year.budget()).isEqualTo(1200);
        assertThat(year.stretch()).as("no stretch target after March").isNull();
        assertThat(year.priorYear()).isEqualTo(285);
        assertThat(year.budgetVariance()).isEqualTo(new Variance(-880.5, -73.375));
        assertThat(year.score()).isEqualTo(evaluate(kpi, data.budgets("REV"), "2026-03", View.YEAR).score());
    }

    static String[] monthsOf2026(String value) {
        String[] out = new String[24];
        for (int m = 1; m <= 12; m++) {
            out[2 * (m - 1)] = "2026-" + (m < 10 ? "0" : "") + m;
            out[2 * (m - 1) + 1] = value;
        }
        return out;
    }

    @org.junit.jupiter.api.Test
    void takesTheVarianceExactlyBetweenTheNumbersAsPrinted() {
        assertThat(Variance.of(4829.9, 4776.0).value()).isEqualTo(53.9);
        assertThat(Variance.of(0.3, 0.1).value()).isEqualTo(0.2);
        assertThat(Variance.of(4829.9, 4776.0).percent()).isEqualTo(53.9 * 100 / 4776);
    }
}
