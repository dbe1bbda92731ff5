package dev.fourfold.bench;

import dev.fourfold.scoring.Aggregation;
import dev.fourfold.scoring.KpiDefinition;
import dev.fourfold.scoring.KpiSeries;
import dev.fourfold.scoring.ObjectiveDefinition;
import dev.fourfold.scoring.PerspectiveDefinition;
import dev.fourfold.scoring.Polarity;
import dev.fourfold.scoring.RollupRule;
import dev.fourfold.scoring.Scale;
import dev.fourfold.scoring.ScorecardData;
import dev.fourfold.scoring.ScorecardDefinition;
import dev.fourfold.scoring.ScoringEngine;
import dev.fourfold.scoring.ScoringModel;
import dev.fourfold.scoring.View;
import dev.fourfold.shared.Frequency;
import dev.fourfold.shared.Period;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One monthly KPI over 120 months (2016-10 to 2026-09) as a chart series with its forecast to the end of the fiscal
 * year — the automatic choice between Holt and Holt-Winters with every parameter fitted — for a trending KPI, a
 * seasonal one and a seasonal one whose compass search creeps along a long valley at the smallest step (the slowest
 * of 300 seeded seasonal series); against the same 120 periods evaluated without a forecast. The forecast cache of
 * recent series is off, so every operation runs the search, except in {@code repeatedSeasonalSeries}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m", "-Dfourfold.forecast.cache=0"})
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 6, time = 2)
public class ForecastBenchmark {

    static final int MONTHS = 120;
    static final Period FIRST = Period.month(2016, 10);
    static final Period LAST = FIRST.plus(MONTHS - 1);

    private ScoringModel model;

    @Setup(Level.Trial)
    public void setUp() {
        Random random = new Random(7);
        Map<String, Map<Period, BigDecimal>> actuals = new HashMap<>();
        Map<String, Map<Period, BigDecimal>> targets = new HashMap<>();
        Map<Period, BigDecimal> trend = new HashMap<>();
        Map<Period, BigDecimal> seasonal = new HashMap<>();
        Map<Period, BigDecimal> target = new HashMap<>();
        Map<Period, BigDecimal> slow = new HashMap<>();
        Random slowRandom = new Random(142);
        for (int m = 0; m < MONTHS; m++) {
            Period period = FIRST.plus(m);
            trend.put(period, cents(200 + 1.5 * m + 20 * random.nextGaussian()));
            seasonal.put(period, cents(400 + 2 * m + 60 * Math.sin(2 * Math.PI * m / 12) + 15 * random.nextGaussian()));
            target.put(period, cents(300 + 1.5 * m));
            slow.put(period, cents(400 + 2 * m + 60 * Math.sin(2 * Math.PI * m / 12) + 15 * slowRandom.nextGaussian()));
        }
        actuals.put("TREND", trend);
        actuals.put("SEASONAL", seasonal);
        targets.put("TREND", target);
        targets.put("SEASONAL", target);
        actuals.put("SLOW", slow);
        targets.put("SLOW", target);
        ObjectiveDefinition objective = new ObjectiveDefinition("O", BigDecimal.ONE, RollupRule.WEIGHTED_AVERAGE,
                List.of(kpi("TREND"), kpi("SEASONAL"), kpi("SLOW")));
        PerspectiveDefinition perspective = new PerspectiveDefinition("P", BigDecimal.ONE, RollupRule.WEIGHTED_AVERAGE,
                List.of(objective));
        ScorecardDefinition definition = new ScorecardDefinition("Forecast benchmark", 1, Scale.PERCENT, null, null,
                null, null, null, List.of(perspective));
        model = new ScoringEngine().compile(definition, ScorecardData.of(actuals, targets));
    }

    /** The baseline: the seasonal KPI evaluated at each of the 120 months, without a forecast. */
    @Benchmark
    public void seriesWithoutForecast(Blackhole sink) {
        for (int m = 0; m < MONTHS; m++) {
            sink.consume(model.evaluateKpi("SEASONAL", FIRST.plus(m), View.PERIOD));
        }
    }

    /** The series of a trending KPI with its forecast (automatic model choice, all parameters fitted). */
    @Benchmark
    public KpiSeries trendSeries() {
        return model.series("TREND", FIRST, LAST, View.PERIOD);
    }

    /** The series of a seasonal KPI with its forecast (automatic model choice, all parameters fitted). */
    @Benchmark
    public KpiSeries seasonalSeries() {
        return model.series("SEASONAL", FIRST, LAST, View.PERIOD);
    }

    /** The series whose parameter search takes longest among 300 seeded seasonal series. */
    @Benchmark
    public KpiSeries slowSearchSeries() {
        return model.series("SLOW", FIRST, LAST, View.PERIOD);
    }

    /** The seasonal series asked for again, its model and parameters taken from the cache of recent series. */
    @Benchmark
    @Fork(value = 1, jvmArgsAppend = {"-Xmx512m"})
    public KpiSeries repeatedSeasonalSeries() {
        return model.series("SEASONAL", FIRST, LAST, View.PERIOD);
    }

    private static KpiDefinition kpi(String code) {
        return new KpiDefinition(code, Polarity.HIGHER, Frequency.MONTHLY, Aggregation.SUM, null, BigDecimal.ONE, null,
                null, null, null, null, null, null, null, null, null, null);
    }

    private static BigDecimal cents(double value) {
        return BigDecimal.valueOf(Math.round(value * 100), 2);
    }
}
