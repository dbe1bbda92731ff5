package dev.fourfold.scoring;

import static dev.fourfold.scoring.DataBuilder.values;
import static dev.fourfold.scoring.KpiBuilder.aKpi;
import static dev.fourfold.scoring.ScorecardBuilder.withKpis;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fourfold.shared.Period;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pins the fitted parameters and the whole forecast of seeded random series, bit for bit, as the parameter search
 * produced them before it was made faster: any change of a chosen parameter, of σ², of a forecast value, interval
 * or year-end figure changes the pin. Doubles are pinned in their round-trip decimal form; the points and year-end
 * figures by a hash of their bits.
 */
class ForecastPinningTests {

    @BeforeEach
    void forgetRecentSeries() {
        FitCache.clear();
    }

    static Stream<Arguments> pins() {
        return Stream.of(
                pin("trend", 1, "HOLT_WINTERS a=0.012013244628906253 b=0.10227203369140767 g=0.3658889770507815",
                        "s2=636.5177017729859 n=117 points=3 #2f733794aa858b4"),
                pin("trend", 2, "HOLT a=0.09792175292968751 b=0.18589019775390625 g=null",
                        "s2=500.88861325522726 n=117 points=3 #a6c91e29b19dff76"),
                pin("seasonal", 1, "HOLT_WINTERS a=0.0291351318359375 b=0.0 g=0.38065490722656253",
                        "s2=377.1782812961478 n=117 points=3 #c1e37822e98282e6"),
                // its compass search creeps along a valley beyond CompassSearch.MAX_MOVES and stops there; unbounded it
                // ended at a=0.003488159179687506 b=1.0 g=0.3661056518554688 s2=318.6905127795251
                pin("seasonal", 2, "HOLT_WINTERS a=0.005029296875000004 b=0.6882812499999897 g=0.3656738281250002",
                        "s2=318.782677861074 n=117 points=3 #55e36c0073699596"),
                pin("seasonal", 3, "HOLT_WINTERS a=0.0888412475585938 b=0.03782806396484375 g=0.250933837890625",
                        "s2=296.8217135822531 n=117 points=3 #e593ae053077ec54"),
                pin("gaps", 1, "HOLT_WINTERS a=0.08933868408203127 b=0.029652404785156256 g=0.4879699707031251",
                        "s2=490.28271683237773 n=92 points=3 #41fc3f9e84b77e4b"),
                pin("gaps", 2, "HOLT_WINTERS a=0.20456848144531256 b=0.05715789794921877 g=0.5044708251953125",
                        "s2=449.4808976078495 n=82 points=3 #c6f20b52c1c0a017"),
                pin("short", 1, "HOLT a=0.6285507202148437 b=1.0 g=null",
                        "s2=48.49906299796484 n=4 points=5 #abc166dfa5e1b9db"),
                pin("short", 2, "HOLT a=0.5680603027343751 b=1.0 g=null",
                        "s2=10.999575031371325 n=4 points=5 #12de289afa9eda81"),
                pin("almostTwoSeasons", 1, "HOLT a=1.0 b=0.0 g=null",
                        "s2=986.7259571428566 n=23 points=3 #a9f2ed2300ef3e1d"),
                pin("twoSeasons", 1, "HOLT_WINTERS a=0.010520935058593774 b=1.0 g=0.0",
                        "s2=393.7115325492878 n=24 points=3 #4b19d16443873151"),
                pin("constant", 1, "HOLT a=0.0 b=0.0 g=null",
                        "s2=0.0 n=117 points=3 #b8ef53eade0f0401"),
                pin("quarterly", 1, "HOLT_WINTERS a=0.0 b=0.020117187500000005 g=0.3329193115234374",
                        "s2=364.0608969415751 n=50 points=2 #510ef0a36373b273"),
                pin("yearly", 1, "HOLT a=0.32587280273437513 b=0.9999999999999997 g=null",
                        "s2=607.1639783914778 n=17 points=0 #70cb1a8f87d46c2a"),
                pin("givenAlpha", 1, "HOLT a=0.35 b=0.0032562255859375005 g=null",
                        "s2=2088.2038983390075 n=107 points=3 #ce419b0b02ec4909"),
                pin("givenBetaSeasonal", 1, "HOLT_WINTERS a=8.148193359375E-4 b=0.1 g=0.43673095703124987",
                        "s2=383.47039003495945 n=107 points=3 #9f9e8887bca28984"),
                pin("holtWinters", 4, "HOLT_WINTERS a=0.012489318847656252 b=1.0 g=0.2698013305664061",
                        "s2=2263.1980186870637 n=117 points=3 #cac3a25407e2bcfe"));
    }

    @ParameterizedTest(name = "{0} seed {1}")
    @MethodSource("pins")
    void keepsTheFittedParametersAndForecastOfASeededSeries(String shape, long seed, String pin) {
        assertThat(pin(forecast(shape, seed))).isEqualTo(pin);
    }

    @ParameterizedTest(name = "{0} seed {1}")
    @MethodSource("pins")
    void answersARepeatedForecastFromTheCacheOfRecentSeriesWithTheSameResult(String shape, long seed, String pin) {
        Forecast.Projection first = forecast(shape, seed);
        Forecast.Projection again = forecast(shape, seed);
        assertThat(again).isEqualTo(first);
        assertThat(pin(again)).isEqualTo(pin);
    }

    private static Arguments pin(String shape, long seed, String parameters, String fit) {
        return Arguments.of(shape, seed, parameters + " " + fit);
    }

    private static Forecast.Projection forecast(String shape, long seed) {
        Random random = new Random(seed);
        DataBuilder data = values();
        KpiBuilder kpi = aKpi("K").withTarget("1000");
        Period last = Period.month(2026, 9);
        switch (shape) {
            case "short" -> monthly(data, Period.month(2026, 3), 5, m -> 50 + 10 * random.nextDouble(), random, 0.2);
            case "almostTwoSeasons" ->
                    monthly(data, Period.month(2024, 11), 23, m -> seasonal(m, 12, random), random, 0);
            case "twoSeasons" -> monthly(data, Period.month(2024, 10), 24, m -> seasonal(m, 12, random), random, 0);
            case "quarterly" -> {
                kpi = kpi.quarterly();
                last = Period.quarter(2026, 2);
                monthly(data, Period.quarter(2014, 1), 50, m -> seasonal(m, 4, random), random, 0);
            }
            case "yearly" -> {
                kpi = kpi.yearly();
                last = Period.year(2026);
                monthly(data, Period.year(2010), 17, m -> 300 - 4 * m + 15 * random.nextGaussian(), random, 0);
            }
            default -> kpi = kpi.forecastBy(tenYears(shape, data, random));
        }
        ScoringModel model = ScoringModel.of(withKpis(kpi).build(), data.build());
        return (Forecast.Projection) model.forecast("K", last, 0);
    }

    /** 117 months from January 2017; returns the KPI's forecast settings. */
    private static ForecastSettings tenYears(String shape, DataBuilder data, Random random) {
        Period first = Period.month(2017, 1);
        switch (shape) {
            case "trend" -> monthly(data, first, 117, m -> 200 + 1.5 * m + 20 * random.nextGaussian(), random, 0);
            case "seasonal" -> monthly(data, first, 117, m -> seasonal(m, 12, random), random, 0);
            case "gaps" -> monthly(data, first, 117, m -> seasonal(m, 12, random), random, 0.2);
            case "constant" -> monthly(data, first, 117, m -> 42.5, random, 0);
            case "givenAlpha" -> {
                monthly(data, first, 117, m -> seasonal(m, 12, random), random, 0.1);
                return new ForecastSettings(null, 0.35, null);
            }
            case "givenBetaSeasonal" -> {
                monthly(data, first, 117, m -> seasonal(m, 12, random), random, 0.1);
                return new ForecastSettings(ForecastMethod.AUTO, null, 0.1);
            }
            case "holtWinters" -> {
                monthly(data, first, 117, m -> 500 - 2 * m + 40 * random.nextGaussian(), random, 0);
                return new ForecastSettings(ForecastMethod.HOLT_WINTERS, null, null);
            }
            default -> throw new IllegalArgumentException(shape);
        }
        return ForecastSettings.AUTO;
    }

    private static double seasonal(int m, int length, Random random) {
        return 400 + 2 * m + 60 * Math.sin(2 * Math.PI * m / length) + 15 * random.nextGaussian();
    }

    /** Values of {@code count} consecutive native periods from {@code first}, each missing with {@code gapShare}. */
    private static void monthly(DataBuilder data, Period first, int count, java.util.function.IntToDoubleFunction value,
                                Random random, double gapShare) {
        for (int m = 0; m < count; m++) {
            double x = Math.round(value.applyAsDouble(m) * 100) / 100.0;
            if (random.nextDouble() >= gapShare) {
                data.actual("K", first.plus(m), x);
            }
        }
    }

    static String pin(Forecast.Projection p) {
        long hash = 17;
        for (ForecastPoint point : p.points()) {
            hash = mix(mix(mix(hash, point.value()), point.low()), point.high());
        }
        hash = mix(mix(mix(hash, p.yearEndValue()), p.yearEndTarget()), p.targetProbability());
        return p.method() + " a=" + p.alpha() + " b=" + p.beta() + " g=" + p.gamma() + " s2=" + p.sigma2() + " n="
                + p.values() + " points=" + p.points().size() + " #" + Long.toHexString(hash);
    }

    private static long mix(long hash, Double value) {
        long bits = value == null ? 1 : Double.doubleToLongBits(value);
        return hash * 1_000_003L ^ bits;
    }
}
