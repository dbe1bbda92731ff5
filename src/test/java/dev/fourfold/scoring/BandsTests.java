package dev.fourfold.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BandsTests {

    private final Bands percent = Bands.defaults(Scale.PERCENT);
    private final Bands withBlue = new Bands(80, 100, 120.0);

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"79.999, RED", "80, AMBER", "99.99, AMBER", "100, GREEN", "119.9, GREEN", "120, BLUE", "-5, RED"})
    void givesAScoreOnALowerBoundThatBand(double score, Status expected) {
        assertThat(withBlue.statusOf(score)).isEqualTo(expected);
    }

    @Test
    void countsAScoreWithinOneBillionthOfABoundAsOnIt() {
        assertThat(percent.statusOf(100 - 0.9e-9)).isEqualTo(Status.GREEN);
        assertThat(percent.statusOf(80 - 0.9e-9)).isEqualTo(Status.AMBER);
        assertThat(percent.statusOf(100 - 1.1e-9)).isEqualTo(Status.AMBER);
        assertThat(percent.statusOf(80 - 1.1e-9)).isEqualTo(Status.RED);
    }

    @Test
    void usesExactThirdsOnTheTenScale() {
        Bands ten = Bands.defaults(Scale.TEN);
        assertThat(ten.amber()).isEqualTo(10.0 / 3);
        assertThat(ten.green()).isEqualTo(20.0 / 3);
        assertThat(ten.blue()).isNull();
        assertThat(ten.statusOf(6.6667)).isEqualTo(Status.GREEN);
        assertThat(ten.statusOf(6.6666)).isEqualTo(Status.AMBER);
        assertThat(ten.statusOf(3.3333)).isEqualTo(Status.RED);
        assertThat(ten.statusOf(10.0 / 3)).isEqualTo(Status.AMBER);
    }

    @Test
    void putsAGoalRedflagScoreComputedOnTheGoalInGreen() {
        ScorecardDefinition ten = ScorecardBuilder.aScorecard().onScale(Scale.TEN).build();
        KpiDefinition kpi = KpiBuilder.aKpi("A").withTarget("0.7").withRedFlag("0.1").build();
        ScoreResult result = new ScoringEngine().scoreValue(ten, kpi, KpiBuilder.dec("0.7"), null);
        assertThat(result.status()).isEqualTo(Status.GREEN);
    }

    @Test
    void hasPercentDefaultsOfEightyAndHundred() {
        assertThat(percent).isEqualTo(new Bands(80, 100, null));
        assertThat(Bands.of(KpiBuilder.dec("80"), KpiBuilder.dec("100"), null)).isEqualTo(percent);
    }
}
