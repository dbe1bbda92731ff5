package dev.fourfold.scoring;

import static dev.fourfold.scoring.DataBuilder.values;
import static dev.fourfold.scoring.KpiBuilder.aKpi;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fourfold.shared.Period;
import org.junit.jupiter.api.Test;

class ExplanationTests {

    private final ScoringModel acme = ScoringModel.of(ScorecardFixtures.acme(), ScorecardFixtures.acmeData());

    private KpiExplanation explain(String code, String period, View view) {
        return acme.evaluateKpi(code, Period.parse(period), view).explanation();
    }

    @Test
    void explainsAKpiWithItsInputsMethodWorkingsAndColour() {
        KpiExplanation rev = explain("REV", "2026-03", View.PERIOD);
        assertThat(rev.actual()).isEqualTo(104.5);
        assertThat(rev.target()).isEqualTo(110);
        assertThat(rev.completeness()).isEqualTo(1);
        assertThat(rev.periods()).containsExactly(Period.parse("2026-03"));
        assertThat(rev.missingPeriods()).isEmpty();
        assertThat(rev.method()).isEqualTo("ratio");
        assertThat(rev.workings()).isEqualTo("ratio (104.5 − 110 + 110) / 110 = 95");
        assertThat(rev.colour()).isEqualTo("amber from 80");
        assertThat(rev.text()).isEqualTo("REV: ratio (104.5 − 110 + 110) / 110 = 95; amber from 80");
    }

    @Test
    void explainsAFormulaKpiWithItsAggregatedInputsSubstituted() {
        KpiExplanation margin = explain("MARGIN", "2026-Q1", View.PERIOD);
        assertThat(margin.formula()).isEqualTo("100 × (319.5 − 191) / 319.5 = 40.2190923318");
        assertThat(margin.periods()).hasSize(3);
        assertThat(margin.text()).startsWith("MARGIN: 100 × (319.5 − 191) / 319.5 = 40.2190923318; ratio (");
    }

    @Test
    void explainsWhyAKpiHasNoScore() {
        KpiExplanation nps = explain("NPS", "2026-03", View.PERIOD);
        assertThat(nps.score()).isNull();
        assertThat(nps.status()).isEqualTo(Status.NONE);
        assertThat(nps.workings()).isNull();
        assertThat(nps.text()).isEqualTo("NPS: no score, 2026-03 is shorter than the KPI's quarterly frequency");
    }

    @Test
    void explainsTheYearToDateWithTheNativePeriodsCounted() {
        KpiExplanation cycle = explain("CYCLE", "2026-03", View.YTD);
        assertThat(cycle.periods()).containsExactly(Period.parse("2026-01"), Period.parse("2026-02"), Period.parse("2026-03"));
        assertThat(cycle.actual()).isEqualTo(28.5);
        assertThat(cycle.target()).isEqualTo(24);
    }

    @Test
    void namesTheCapWhenItChangedTheScore() {
        ScorecardBuilder capped = ScorecardBuilder.withKpis(aKpi("A").withTarget("50")).cappedAt(0, 150);
        KpiExplanation a = ScoringModel.of(capped.build(), values().actuals("A", "2026-03", "100").build())
                .evaluateKpi("A", Period.parse("2026-03"), View.PERIOD).explanation();
        assertThat(a.workings()).isEqualTo("ratio (100 − 50 + 50) / 50 = 200, capped to 150");
    }

    @Test
    void namesTheThresholdThatSetTheColour() {
        ScorecardBuilder scorecard = ScorecardBuilder.withKpis(aKpi("WAIT").lowerIsBetter().withTarget("10")
                .withThresholds("30", "20", null));
        KpiExplanation wait = ScoringModel.of(scorecard.build(), values().actuals("WAIT", "2026-03", "35").build())
                .evaluateKpi("WAIT", Period.parse("2026-03"), View.PERIOD).explanation();
        assertThat(wait.colour()).isEqualTo("red: actual 35 > amber threshold 30");
    }

    @Test
    void explainsTheScorecardFromItsPerspectives() {
        RollupExplanation scorecard = acme.evaluate(Period.parse("2026-03"), View.PERIOD).explanation();
        assertThat(scorecard.text()).isEqualTo("Acme Corporation: (1 × 93.0263157895 + 1 × 75 + 1 × 50) / 3 = "
                + "72.6754385965; red, below amber 80; ignored Customer (no score: no scored objective)");
        assertThat(scorecard.contributions()).extracting(RollupExplanation.Contribution::share)
                .containsOnly(1.0 / 3);
    }
}
