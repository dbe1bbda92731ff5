package dev.fourfold.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fourfold.shared.Period;
import org.junit.jupiter.api.Test;

/** The example of scorecard-file.md evaluated at 2026-03, view period, reproduces every published number. */
class AcmeExampleTests {

    private final Evaluation evaluation = new ScoringEngine()
            .evaluate(ScorecardFixtures.acme(), ScorecardFixtures.acmeData(), Period.parse("2026-03"), View.PERIOD);

    private KpiResult kpi(String code) {
        return evaluation.kpi(code).orElseThrow();
    }

    @Test
    void scoresTheScorecardAsPublished() {
        assertThat(evaluation.score()).isEqualTo(72.67543859649123);
        assertThat(evaluation.status()).isEqualTo(Status.RED);
        assertThat(evaluation.name()).isEqualTo("Acme Corporation");
    }

    @Test
    void scoresTheFinancialPerspectiveAndItsKpis() {
        PerspectiveResult financial = evaluation.perspectives().get(0);
        assertThat(financial.score()).isEqualTo(93.02631578947368);
        assertThat(financial.status()).isEqualTo(Status.AMBER);
        assertThat(financial.objectives().get(0).score()).isEqualTo(93.02631578947368);
        assertKpi("REV", 104.5, 110.0, 95.0, Status.AMBER);
        assertKpi("COGS", 66.0, 60.0, 90.0, Status.AMBER);
        assertKpi("MARGIN", 36.8421052631579, 40.0, 92.10526315789474, Status.AMBER);
    }

    private void assertKpi(String code, double actual, double target, double score, Status status) {
        KpiResult kpi = kpi(code);
        assertThat(kpi.actual()).isEqualTo(actual);
        assertThat(kpi.target()).isEqualTo(target);
        assertThat(kpi.score()).isEqualTo(score);
        assertThat(kpi.status()).isEqualTo(status);
        assertThat(kpi.completeness()).isEqualTo(1.0);
        assertThat(kpi.reason()).isNull();
    }

    @Test
    void leavesTheQuarterlyNpsUnscoredInAMonthWithTheReasonUpTheTree() {
        KpiResult nps = kpi("NPS");
        assertThat(nps.actual()).isNull();
        assertThat(nps.target()).isNull();
        assertThat(nps.score()).isNull();
        assertThat(nps.completeness()).isNull();
        assertThat(nps.status()).isEqualTo(Status.NONE);
        assertThat(nps.reason()).isEqualTo("2026-03 is shorter than the KPI's quarterly frequency");
        PerspectiveResult customer = evaluation.perspectives().get(1);
        assertThat(customer.objectives().get(0).reason()).isEqualTo("no scored KPI");
        assertThat(customer.objectives().get(0).status()).isEqualTo(Status.NONE);
        assertThat(customer.reason()).isEqualTo("no scored objective");
        assertThat(customer.score()).isNull();
    }

    @Test
    void scoresCycleAndTrainingAsPublished() {
        assertThat(evaluation.perspectives().get(2).score()).isEqualTo(75);
        assertThat(evaluation.perspectives().get(2).status()).isEqualTo(Status.RED);
        assertThat(evaluation.perspectives().get(3).score()).isEqualTo(50);
        assertThat(evaluation.perspectives().get(3).status()).isEqualTo(Status.RED);
        assertThat(kpi("CYCLE").explanation().text()).startsWith("CYCLE: progress (9 − 12) / (8 − 12) = 75");
        assertThat(kpi("TRAIN").explanation().text()).startsWith("TRAIN: band, 2 above 10 with tolerance 4 = 50");
    }

    @Test
    void scoresTheQuarterlyNpsInTheQuarter() {
        Evaluation quarter = new ScoringEngine().evaluate(ScorecardFixtures.acme(), ScorecardFixtures.acmeData(),
                Period.parse("2026-Q1"), View.PERIOD);
        assertThat(quarter.kpi("NPS").orElseThrow().score()).isEqualTo(90);
        assertThat(quarter.kpi("REV").orElseThrow().actual()).isEqualTo(319.5);
        assertThat(quarter.kpi("REV").orElseThrow().target()).isEqualTo(310);
        assertThat(quarter.kpi("MARGIN").orElseThrow().actual()).isEqualTo(100 * (319.5 - 191) / 319.5);
    }
}
