package dev.fourfold.scoring;

import static dev.fourfold.scoring.DataBuilder.values;
import static dev.fourfold.scoring.KpiBuilder.aKpi;
import static dev.fourfold.scoring.ScorecardBuilder.withKpis;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fourfold.shared.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code prev} chains cost one evaluation per KPI and window and never recurse once per period of history. */
class PrevChainTests {

    private final WorkCounter work = new WorkCounter();

    private ScoringModel model(ScorecardBuilder scorecard, DataBuilder data) {
        return ScoringModel.of(scorecard.build(), data.build()).probed(work);
    }


    @Test
    void evaluatesAFormulaReadingItsPreviousValueTwiceOncePerWindow() {
        DataBuilder data = values();
        double expected = 0;
        for (int m = 0; m < 18; m++) {
            Period month = Period.parse("2024-01").plus(m);
            data.actual("REV", month, m + 1);
            expected = 2 * expected + m + 1;
        }
        ScoringModel model = model(withKpis(aKpi("X").calculatedAs("prev(X) + prev(X) + REV").treatingMissingInputsAsZero()
                .withTarget("1"), aKpi("REV")), data);

        KpiResult x = model.evaluateKpi("X", Period.parse("2025-06"), View.PERIOD);

        assertThat(x.actual()).isEqualTo(expected);
        assertThat(work.repeated()).isEmpty();
        assertThat(work.total()).isLessThanOrEqualTo(18);
    }

    @Test
    void evaluatesASelfLagFromOneValueCenturiesEarlierWithoutOverflowingTheStack() throws InterruptedException {
        ScorecardBuilder scorecard = withKpis(aKpi("X").calculatedAs("prev(X) + 1").withTarget("1"), aKpi("IN"),
                aKpi("Z").calculatedAs("prev(Z) + 1").treatingMissingInputsAsZero().withTarget("1"));
        ScoringModel model = model(scorecard, values().actuals("IN", "1900-01", "5"));

        Evaluation evaluation = DefaultStack.run(() -> model.evaluate(Period.parse("2199-12"), View.PERIOD));

        assertThat(evaluation.kpi("X").orElseThrow().actual()).isNull();
        assertThat(evaluation.kpi("X").orElseThrow().reason()).isEqualTo("no value for X in 2199-11 (… no data before 1900-01)");
        assertThat(evaluation.kpi("Z").orElseThrow().actual()).as("one per month since 1900-01").isEqualTo(300 * 12);
        assertThat(work.repeated()).isEmpty();
        assertThat(work.total()).isLessThanOrEqualTo(2 * 300 * 12);
        KpiExplanation explanation = DefaultStack.run(() -> model.evaluateKpi("Z", Period.parse("2199-12"), View.YTD).explanation());
        assertThat(explanation.formula()).isEqualTo("299 + 1 = 300");
        KpiSeries series = DefaultStack.run(() -> model.series("Z", Period.parse("2199-01"), Period.parse("2199-12"), View.PERIOD));
        assertThat(series.points()).hasSize(12).last().extracting(SeriesPoint::actual).isEqualTo(3600.0);
        assertThat(series.forecast()).isInstanceOf(Forecast.Projection.class);
    }

    @Test
    void answersNoneQuicklyFarBeforeAndAfterTheData() {
        ScorecardBuilder scorecard = withKpis(aKpi("X").calculatedAs("prev(X) + IN").withTarget("1"), aKpi("IN"),
                aKpi("G").calculatedAs("IN - prev(IN)").withTarget("1"));
        ScoringModel model = model(scorecard, values().actuals("IN", "2026-01", "5", "2026-02", "6"));

        Evaluation before = model.evaluate(Period.parse("1900-01"), View.YTD);
        assertThat(before.kpis()).allSatisfy(k -> assertThat(k.status()).isEqualTo(Status.NONE));
        assertThat(before.kpi("X").orElseThrow().reason()).isEqualTo("no data before 2026-01");
        assertThat(work.total()).isZero();

        Evaluation after = model.evaluate(Period.parse("2199-12"), View.PERIOD);
        assertThat(after.kpis()).allSatisfy(k -> assertThat(k.status()).isEqualTo(Status.NONE));
        assertThat(work.repeated()).isEmpty();
        assertThat(work.total()).as("at most one evaluation per formula KPI and month since the data")
                .isLessThanOrEqualTo(2 * (2200 - 2026) * 12);
    }

    @Test
    void answersNoneForPeriodsBeyondTheSupportedYearsThatArithmeticCanReach() {
        ScorecardBuilder scorecard = withKpis(aKpi("X").calculatedAs("prev(X) + IN").withTarget("1"), aKpi("IN"),
                aKpi("G").calculatedAs("IN - prev(IN)").withTarget("1"));
        ScoringModel model = model(scorecard, values().actuals("IN", "2026-01", "5", "2026-02", "6"));

        Period year1000 = Period.parse("1900-01").plus(-900 * 12);
        Period year9999 = Period.parse("2199-12").plus(7800 * 12);
        for (Period period : List.of(year1000, Period.parse("1900-01").previous())) {
            for (View view : View.values()) {
                work.reset();
                Evaluation evaluation = model.evaluate(period, view);
                assertThat(evaluation.kpis()).allSatisfy(k -> assertThat(k.status()).isEqualTo(Status.NONE));
                evaluation.kpis().forEach(KpiResult::explanation);
                assertThat(work.repeated()).isEmpty();
                assertThat(work.total()).isZero();
            }
        }
        // X would walk its monthly chain back to 2026: correct, linear, but too slow for a unit test at 9999
        assertThat(model.evaluateKpi("G", year9999, View.YTD).explanation().text()).isEqualTo(
                "G: no score, no value for IN in 9999-01 to 9999-12");
        assertThat(model.series("G", year9999.plus(-2), year9999, View.PERIOD).points()).hasSize(3);
    }
}
