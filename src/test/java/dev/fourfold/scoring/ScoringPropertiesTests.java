package dev.fourfold.scoring;

import static dev.fourfold.scoring.DataBuilder.values;
import static dev.fourfold.scoring.KpiBuilder.aKpi;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.fourfold.shared.Period;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Properties that hold for any input, checked over 250 seeded random cases each. */
class ScoringPropertiesTests {

    static LongStream seeds() {
        return LongStream.range(1, 251);
    }

    private static String decimal(Random random, int scale) {
        return BigDecimal.valueOf(random.nextInt(2_000_001) - 1_000_000, scale).toPlainString();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aHigherActualNeverLowersAHigherIsBetterScore(long seed) {
        Random random = new Random(seed);
        Method method = Method.values()[random.nextInt(Method.values().length)];
        Scale scale = method == Method.GOAL_REDFLAG ? Scale.TEN : Scale.PERCENT;
        double target = random.nextInt(2001) - 1000;
        double step = 1 + random.nextInt(500);
        KpiBuilder kpi = aKpi("K").scoredBy(method).withTarget(String.valueOf(target))
                .withBaseline(String.valueOf(target - step)).between(String.valueOf(target - step), String.valueOf(target + step))
                .withRedFlag(String.valueOf(target - step)).withBand(String.valueOf(target - step), String.valueOf(target),
                        String.valueOf(step));
        ScorecardDefinition scorecard = ScorecardBuilder.withKpis(kpi).onScale(scale).build();
        double low = Double.parseDouble(decimal(random, 2));
        double high = low + Double.parseDouble(decimal(random, 2).replace("-", ""));
        ScoringEngine engine = new ScoringEngine();
        Double lowScore = engine.scoreValue(scorecard, kpi.build(), BigDecimal.valueOf(low), null).score();
        Double highScore = engine.scoreValue(scorecard, kpi.build(), BigDecimal.valueOf(high), null).score();
        if (method != Method.BAND) {
            assertThat(highScore).as("%s: %s vs %s", method, low, high).isGreaterThanOrEqualTo(lowScore);
        } else if (high <= target - step) {
            assertThat(highScore).isGreaterThanOrEqualTo(lowScore);
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aWeightedAverageParentLiesBetweenItsChildren(long seed) {
        Random random = new Random(seed);
        int n = 1 + random.nextInt(8);
        double[] weights = new double[n];
        ScoreResult[] children = new ScoreResult[n];
        for (int i = 0; i < n; i++) {
            weights[i] = 0.01 + random.nextInt(10_000) / 100.0;
            children[i] = new ScoreResult.Scored(random.nextDouble() * 400 - 200, Status.RED);
        }
        double score = combine(weights, children);
        double min = Arrays.stream(children).mapToDouble(ScoreResult::score).min().orElseThrow();
        double max = Arrays.stream(children).mapToDouble(ScoreResult::score).max().orElseThrow();
        assertThat(score).isBetween(min - 1e-9, max + 1e-9);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void scalingAllWeightsLeavesTheScoreUnchanged(long seed) {
        Random random = new Random(seed);
        int n = 1 + random.nextInt(8);
        double[] weights = new double[n];
        ScoreResult[] children = new ScoreResult[n];
        for (int i = 0; i < n; i++) {
            weights[i] = random.nextInt(4) == 0 ? 0 : 0.01 + random.nextInt(10_000) / 100.0;
            children[i] = new ScoreResult.Scored(random.nextDouble() * 200, Status.RED);
        }
        double factor = 0.001 + random.nextDouble() * 1000;
        double[] scaled = Arrays.stream(weights).map(w -> w * factor).toArray();
        Double before = Rollup.combine(RollupRule.WEIGHTED_AVERAGE, MissingPolicy.IGNORE, Bands.defaults(Scale.PERCENT),
                weights, children, names(n), "none").score();
        Double after = Rollup.combine(RollupRule.WEIGHTED_AVERAGE, MissingPolicy.IGNORE, Bands.defaults(Scale.PERCENT),
                scaled, children, names(n), "none").score();
        if (before == null) {
            assertThat(after).isNull();
        } else {
            assertThat(after).isCloseTo(before, within(1e-9 * Math.max(1, Math.abs(before))));
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void theYearToDateOfTheFirstFiscalMonthEqualsItsPeriod(long seed) {
        Random random = new Random(seed);
        int start = 1 + random.nextInt(12);
        Aggregation aggregation = Aggregation.values()[random.nextInt(5)];
        KpiBuilder kpi = aKpi("K").aggregatedBy(aggregation).withTarget(decimal(random, 1));
        DataBuilder data = values();
        int year = 2020 + random.nextInt(10);
        for (int m = 0; m < 24; m++) {
            if (random.nextInt(5) > 0) {
                data.actuals("K", Period.month(year, 1).plus(m).key(), decimal(random, 2));
            }
        }
        ScoringModel model = ScoringModel.of(ScorecardBuilder.withKpis(kpi).fiscalYearStartingIn(start).build(), data.build());
        Period first = Period.month(year + 1, start);
        KpiResult period = model.evaluateKpi("K", first, View.PERIOD);
        KpiResult ytd = model.evaluateKpi("K", first, View.YTD);
        assertThat(ytd.actual()).isEqualTo(period.actual());
        assertThat(ytd.target()).isEqualTo(period.target());
        assertThat(ytd.score()).isEqualTo(period.score());
        assertThat(ytd.completeness()).isEqualTo(period.completeness());
    }

    private static double combine(double[] weights, ScoreResult[] children) {
        return Rollup.combine(RollupRule.WEIGHTED_AVERAGE, MissingPolicy.IGNORE, Bands.defaults(Scale.PERCENT), weights,
                children, names(weights.length), "none").score();
    }

    private static String[] names(int n) {
        String[] names = new String[n];
        Arrays.setAll(names, i -> "C" + i);
        return names;
    }
}
