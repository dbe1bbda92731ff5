package dev.fourfold.bench;

import dev.fourfold.scoring.Evaluation;
import dev.fourfold.scoring.ScoringEngine;
import dev.fourfold.scoring.ScoringModel;
import dev.fourfold.scoring.View;
import dev.fourfold.shared.Period;
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
 * A full evaluation of 10,000 KPIs × 120 months through 200 objectives: the quarter (period view of 2026-Q4),
 * year-to-date and year views at December 2026, each with the complete roll-up; against a bare loop that reads
 * the same 1.2 million values once.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g", "-Xms4g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 6, time = 2)
public class EvaluationBenchmark {

    static final Period QUARTER = Period.quarter(2026, 4);
    static final Period DECEMBER = Period.month(2026, 12);

    private LargeScorecard scorecard;
    private ScoringModel model;

    @Setup(Level.Trial)
    public void setUp() {
        scorecard = new LargeScorecard(42);
        model = new ScoringEngine().compile(scorecard.definition, scorecard.data);
    }

    /** The baseline: one pass over the same 1.2M doubles. */
    @Benchmark
    public double bareLoop() {
        return sum(scorecard.rawActuals);
    }

    static double sum(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum;
    }

    /** Quarter, YTD and year views with the full roll-up, on a compiled model. */
    @Benchmark
    public void fullEvaluation(Blackhole sink) {
        threeViews(model, sink);
    }

    /** The quarter 2026-Q4, and the year to date and the year at December 2026. */
    static void threeViews(ScoringModel model, Blackhole sink) {
        Evaluation quarter = model.evaluate(QUARTER, View.PERIOD);
        Evaluation ytd = model.evaluate(DECEMBER, View.YTD);
        Evaluation year = model.evaluate(DECEMBER, View.YEAR);
        sink.consume(quarter.score());
        sink.consume(ytd.score());
        sink.consume(year.score());
    }

    /** Turning the stored exact decimals into the engine's model (done once per request on the server). */
    @Benchmark
    @Warmup(iterations = 2, time = 2)
    @Measurement(iterations = 3, time = 2)
    public ScoringModel compile() {
        return new ScoringEngine().compile(scorecard.definition, scorecard.data);
    }
}
