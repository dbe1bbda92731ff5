package dev.fourfold.bench;

import dev.fourfold.scoring.ScoringEngine;
import dev.fourfold.scoring.ScoringModel;
import dev.fourfold.scoring.View;
import dev.fourfold.shared.Period;
import java.time.LocalDate;
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
 * Daily KPIs: a full evaluation of 1,000 daily KPIs × 3 years (2024-01-01 to 2026-12-31, 1,096 days) — the quarter
 * 2026-Q4 and the year-to-date and year views at December 2026, with the roll-up — against a bare loop over the same
 * 1.1 million values; and one KPI with the 365 days of 2026 evaluated in the year-to-date view at every day of the
 * year, and its forecast from the last day.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g", "-Xms4g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 6, time = 2)
public class DailyBenchmark {

    static final LocalDate JANUARY_FIRST = LocalDate.of(2026, 1, 1);

    private DailyScorecard scorecard;
    private ScoringModel model;
    private ScoringModel oneKpi;
    private Period[] days;

    @Setup(Level.Trial)
    public void setUp() {
        scorecard = new DailyScorecard(42, 1000, LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31));
        model = new ScoringEngine().compile(scorecard.definition, scorecard.data);
        DailyScorecard single = new DailyScorecard(7, 1, JANUARY_FIRST, LocalDate.of(2026, 12, 31));
        oneKpi = new ScoringEngine().compile(single.definition, single.data);
        days = new Period[365];
        for (int d = 0; d < days.length; d++) {
            days[d] = Period.day(JANUARY_FIRST.plusDays(d));
        }
    }

    /** The baseline: one pass over the same 1.1M doubles. */
    @Benchmark
    public double bareLoop() {
        return EvaluationBenchmark.sum(scorecard.rawActuals);
    }

    /** Quarter, YTD and year views of 1,000 daily KPIs with the full roll-up, on a compiled model. */
    @Benchmark
    public void fullEvaluation(Blackhole sink) {
        EvaluationBenchmark.threeViews(model, sink);
    }

    /** One daily KPI in the year-to-date view at each of the 365 days of 2026. */
    @Benchmark
    public void yearToDateAtEveryDay(Blackhole sink) {
        for (Period day : days) {
            sink.consume(oneKpi.evaluateKpi("D0", day, View.YTD).score());
        }
    }

    /** The same KPI's forecast from its 365 values, 30 days ahead, with the cache of recent fits off. */
    @Benchmark
    @Fork(value = 1, jvmArgsAppend = {"-Xmx4g", "-Xms4g", "-XX:+AlwaysPreTouch", "-Dfourfold.forecast.cache=0"})
    public Object forecastOnce() {
        return oneKpi.forecast("D0", days[days.length - 1], 30);
    }
}
