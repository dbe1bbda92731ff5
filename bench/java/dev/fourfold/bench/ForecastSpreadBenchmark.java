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
import java.util.ArrayList;
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

/**
 * How the cost of a KPI series with its forecast spreads over many KPIs: 300 seeded monthly series over 120 months
 * (half seasonal, half trending with noise, as {@link ForecastBenchmark}'s), taken in turn with the cache of recent
 * series off, so every operation runs the full parameter search of a series it has not seen in the last 299. JMH
 * samples each operation's time, so the result gives the median, the 99th percentile and the slowest.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m", "-Dfourfold.forecast.cache=0"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 4)
public class ForecastSpreadBenchmark {

    static final int SERIES = 300;

    private ScoringModel model;
    private final List<String> codes = new ArrayList<>();
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        Map<String, Map<Period, BigDecimal>> actuals = new HashMap<>();
        Map<String, Map<Period, BigDecimal>> targets = new HashMap<>();
        List<KpiDefinition> kpis = new ArrayList<>();
        for (int seed = 0; seed < SERIES; seed++) {
            Random random = new Random(seed);
            boolean seasonal = seed % 2 == 0;
            Map<Period, BigDecimal> values = new HashMap<>();
            Map<Period, BigDecimal> target = new HashMap<>();
            for (int m = 0; m < ForecastBenchmark.MONTHS; m++) {
                Period period = ForecastBenchmark.FIRST.plus(m);
                double wave = seasonal ? 60 * Math.sin(2 * Math.PI * m / 12) : 0;
                values.put(period, cents(400 + 2 * m + wave + 15 * random.nextGaussian()));
                target.put(period, cents(300 + 1.5 * m));
            }
            String code = "S" + seed;
            codes.add(code);
            actuals.put(code, values);
            targets.put(code, target);
            kpis.add(new KpiDefinition(code, Polarity.HIGHER, Frequency.MONTHLY, Aggregation.SUM, null, BigDecimal.ONE,
                    null, null, null, null, null, null, null, null, null, null, null));
        }
        ObjectiveDefinition objective = new ObjectiveDefinition("O", BigDecimal.ONE, RollupRule.WEIGHTED_AVERAGE, kpis);
        PerspectiveDefinition perspective = new PerspectiveDefinition("P", BigDecimal.ONE, RollupRule.WEIGHTED_AVERAGE,
                List.of(objective));
        ScorecardDefinition definition = new ScorecardDefinition("Forecast spread", 1, Scale.PERCENT, null, null, null,
                null, null, List.of(perspective));
        model = new ScoringEngine().compile(definition, ScorecardData.of(actuals, targets));
    }

    /** The next of the 300 series with its forecast (automatic model choice, all parameters fitted). */
    @Benchmark
    public KpiSeries seededSeries() {
        String code = codes.get(next);
        next = (next + 1) % SERIES;
        return model.series(code, ForecastBenchmark.FIRST, ForecastBenchmark.LAST, View.PERIOD);
    }

    private static BigDecimal cents(double value) {
        return BigDecimal.valueOf(Math.round(value * 100), 2);
    }
}
