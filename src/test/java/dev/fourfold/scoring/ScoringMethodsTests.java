package dev.fourfold.scoring;

import static dev.fourfold.scoring.KpiBuilder.aKpi;
import static dev.fourfold.scoring.KpiBuilder.dec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ScoringMethodsTests {

    private final ScoringEngine engine = new ScoringEngine();

    private ScoreResult score(ScorecardBuilder scorecard, KpiBuilder kpi, String actual) {
        return engine.scoreValue(scorecard.build(), kpi.build(), dec(actual), null);
    }

    private ScoreResult score(KpiBuilder kpi, String actual) {
        return score(ScorecardBuilder.withKpis(kpi), kpi, actual);
    }

    private static String workings(ScorecardBuilder scorecard, KpiBuilder kpi, double actual, double target) {
        KpiParameters p = KpiParameters.of(kpi.build(), scorecard.build());
        return p.rule().workings(p, actual, target, p.rule().score(p, actual, target));
    }

    @ParameterizedTest
    @EnumSource(Method.class)
    void scoresEveryMethodWithThePolicyOfTheSameName(Method method) {
        assertThat(MethodRule.of(method).name()).isEqualTo(method.name());
    }

    @Test
    void scoresLowerIsBetterKpiAboveTargetAsAmber() {
        assertThat(score(aKpi("COGS").lowerIsBetter().withTarget("60"), "66"))
                .isEqualTo(new ScoreResult.Scored(90, Status.AMBER));
    }

    @Test
    void scoresLowerIsBetterKpiFarAboveTargetAsRed() {
        assertThat(score(aKpi("COGS").lowerIsBetter().withTarget("60"), "90").status()).isEqualTo(Status.RED);
    }

    @Test
    void scoresProgressOfALowerIsBetterKpiFromItsBaseline() {
        KpiBuilder cycle = aKpi("CYCLE").lowerIsBetter().scoredBy(Method.PROGRESS).withBaseline("12").withTarget("8");
        assertThat(score(cycle, "9")).isEqualTo(new ScoreResult.Scored(75, Status.RED));
        assertThat(workings(ScorecardBuilder.withKpis(cycle), cycle, 9, 8)).isEqualTo("progress (9 − 12) / (8 − 12) = 75");
    }

    @Test
    void scoresMinmaxOfALowerIsBetterKpiFromTheTop() {
        assertThat(score(aKpi("A").lowerIsBetter().scoredBy(Method.MINMAX).between("0", "200"), "50").score())
                .isEqualTo(75);
    }

    @ParameterizedTest(name = "actual {0} → {1}")
    @CsvSource({"8, 100", "6, 100", "10, 100", "12, 50", "4, 50", "11, 75", "14, 0", "20, 0"})
    void scoresBandFullInsideAndFallingToZeroAtTheTolerance(String actual, double expected) {
        assertThat(score(aKpi("T").inRange("6", "10", "4").scoredBy(Method.BAND), actual).score()).isEqualTo(expected);
    }

    @Test
    void scoresBandZeroOutsideWithoutTolerance() {
        assertThat(score(aKpi("T").inRange("6", "10", null).scoredBy(Method.BAND), "10.5").score()).isZero();
    }

    @Test
    void writesBandWorkingsWithDistanceAndTolerance() {
        KpiBuilder train = aKpi("T").inRange("6", "10", "4").scoredBy(Method.BAND);
        assertThat(workings(ScorecardBuilder.withKpis(train), train, 12, Double.NaN))
                .isEqualTo("band, 2 above 10 with tolerance 4 = 50");
        assertThat(workings(ScorecardBuilder.withKpis(train), train, 5, Double.NaN))
                .isEqualTo("band, 1 below 6 with tolerance 4 = 75");
    }

    @Test
    void scoresBinaryOnBothScalesAndForRanges() {
        KpiBuilder higher = aKpi("A").scoredBy(Method.BINARY).withTarget("10");
        assertThat(score(higher, "10").score()).isEqualTo(100);
        assertThat(score(higher, "9.99").score()).isZero();
        assertThat(score(ScorecardBuilder.withKpis(higher).onScale(Scale.TEN), higher, "11").score()).isEqualTo(10);
        KpiBuilder lower = aKpi("B").lowerIsBetter().scoredBy(Method.BINARY).withTarget("10");
        assertThat(score(lower, "10").score()).isEqualTo(100);
        assertThat(score(lower, "10.01").score()).isZero();
        KpiBuilder range = aKpi("C").inRange("6", "10", null).scoredBy(Method.BINARY);
        assertThat(score(range, "7").score()).isEqualTo(100);
        assertThat(score(range, "5").score()).isZero();
    }

    @Test
    void scoresGoalRedflagOfALowerIsBetterKpiMirrored() {
        ScorecardBuilder ten = ScorecardBuilder.aScorecard().onScale(Scale.TEN);
        KpiBuilder kpi = aKpi("A").lowerIsBetter().withTarget("500").withRedFlag("700");
        assertThat(score(ten, kpi, "700").score()).isCloseTo(10.0 / 3, within(1e-12));
        assertThat(score(ten, kpi, "500").score()).isCloseTo(20.0 / 3, within(1e-12));
        assertThat(score(ten, kpi, "300").score()).isEqualTo(10);
        assertThat(score(ten, kpi, "900").score()).isZero();
        assertThat(score(ten, kpi, "1200").score()).isZero();
        assertThat(workings(ten, kpi, 200, 500)).isEqualTo("goal-redflag 10/3 × (1 + (700 − 200) / 200) = 11.6666666667, clamped to 10");
    }

    @Test
    void appliesTheCapAfterGoalRedflagsOwnClamp() {
        ScorecardBuilder ten = ScorecardBuilder.aScorecard().onScale(Scale.TEN).cappedAt(0, 8);
        assertThat(score(ten, aKpi("A").withTarget("700").withRedFlag("500"), "1000").score()).isEqualTo(8);
    }

    @Test
    void clampsKpiScoresToTheCapBeforeTheStatus() {
        ScorecardBuilder capped = ScorecardBuilder.aScorecard().cappedAt(0, 150);
        assertThat(score(capped, aKpi("A").withTarget("50"), "100").score()).isEqualTo(150);
        ScorecardBuilder low = ScorecardBuilder.aScorecard().cappedAt(85, 150);
        assertThat(score(low, aKpi("A").withTarget("50"), "0")).isEqualTo(new ScoreResult.Scored(85, Status.AMBER));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = ';', value = {
            "ratio; ratio needs a target; ",
            "progress; progress needs a baseline; 10",
            "minmax; minmax needs min and max; 10",
            "band; band needs a band; 10"})
    void givesNoScoreWhenAMethodParameterIsMissing(String method, String reason, String target) {
        ScoreResult result = engine.scoreValue(ScorecardBuilder.aScorecard().build(),
                aKpi("A").scoredBy(Method.fromKey(method)).build(), dec("5"), dec(target));
        String expected = target == null ? "no target" : reason;
        assertThat(result).isEqualTo(new ScoreResult.NotScorable(expected));
    }

    @Test
    void givesNoScoreOnZeroDenominators() {
        assertThat(score(aKpi("A").scoredBy(Method.PROGRESS).withBaseline("10").withTarget("10"), "5").reason())
                .isEqualTo("progress cannot score: the target equals the baseline (10)");
        assertThat(score(aKpi("A").scoredBy(Method.MINMAX).between("5", "5"), "5").reason())
                .isEqualTo("minmax cannot score: max equals min (5)");
        ScorecardBuilder ten = ScorecardBuilder.aScorecard().onScale(Scale.TEN);
        assertThat(score(ten, aKpi("A").withTarget("5").withRedFlag("5"), "5").reason())
                .isEqualTo("goal-redflag cannot score: the goal equals the red flag (5)");
        assertThat(score(ten, aKpi("A").withTarget("5"), "5").reason()).isEqualTo("goal-redflag needs a red flag");
        assertThat(score(ten, aKpi("A").withTarget("500").withRedFlag("700"), "5").reason())
                .isEqualTo("goal-redflag cannot score: the goal 500 is not above the red flag 700 of a higher-is-better KPI");
    }

    @Test
    void needsTheActualAlways() {
        assertThat(engine.scoreValue(ScorecardBuilder.aScorecard().build(), aKpi("A").withTarget("1").build(), null, null))
                .isEqualTo(new ScoreResult.NotScorable("no actual"));
    }

    @Test
    void coloursByValueThresholdsInTheirDirection() {
        KpiBuilder higher = aKpi("A").withTarget("1000").withThresholds("500", "700", "900");
        assertThat(score(higher, "499").status()).isEqualTo(Status.RED);
        assertThat(score(higher, "500").status()).isEqualTo(Status.AMBER);
        assertThat(score(higher, "700").status()).isEqualTo(Status.GREEN);
        assertThat(score(higher, "900").status()).isEqualTo(Status.BLUE);
        KpiBuilder lower = aKpi("B").lowerIsBetter().withTarget("10").withThresholds("30", "20", null);
        assertThat(score(lower, "31").status()).isEqualTo(Status.RED);
        assertThat(score(lower, "30").status()).isEqualTo(Status.AMBER);
        assertThat(score(lower, "20").status()).isEqualTo(Status.GREEN);
        assertThat(score(lower, "5").status()).isEqualTo(Status.GREEN);
    }

    @Test
    void ignoresValueThresholdsForRangeKpis() {
        KpiBuilder range = aKpi("T").inRange("6", "10", "4").scoredBy(Method.BAND).withThresholds("0", "1", null);
        assertThat(score(range, "12").status()).isEqualTo(Status.RED);
    }
}
