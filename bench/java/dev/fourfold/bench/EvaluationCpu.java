package dev.fourfold.bench;

import dev.fourfold.scoring.Evaluation;
import dev.fourfold.scoring.ScoringEngine;
import dev.fourfold.scoring.ScoringModel;
import dev.fourfold.scoring.View;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * The CPU time of {@link EvaluationBenchmark#fullEvaluation} against its bare loop, round by round, for a machine
 * shared with other work, where wall-clock figures mostly measure the others: each round times 200 bare loops and 20
 * full evaluations by the CPU time of this thread.
 *
 * <pre>./mvnw -Pbench test-compile exec:exec -Dexec.args="-Xmx4g -classpath %classpath dev.fourfold.bench.EvaluationCpu 20"</pre>
 */
public final class EvaluationCpu {

    private static double sink;

    private EvaluationCpu() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        LargeScorecard scorecard = new LargeScorecard(42);
        ScoringModel model = new ScoringEngine().compile(scorecard.definition, scorecard.data);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int round = 0; round < rounds; round++) {
            long start = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < 200; i++) {
                double sum = 0;
                for (double v : scorecard.rawActuals) {
                    sum += v;
                }
                sink += sum;
            }
            long bare = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < 20; i++) {
                Evaluation quarter = model.evaluate(EvaluationBenchmark.QUARTER, View.PERIOD);
                Evaluation ytd = model.evaluate(EvaluationBenchmark.DECEMBER, View.YTD);
                Evaluation year = model.evaluate(EvaluationBenchmark.DECEMBER, View.YEAR);
                sink += quarter.score() + ytd.score() + year.score();
            }
            long full = threads.getCurrentThreadCpuTime();
            double bareMillis = (bare - start) / 200 / 1e6;
            double fullMillis = (full - bare) / 20 / 1e6;
            System.out.printf(Locale.ROOT, "round %d bare %.3f ms cpu, full %.3f ms cpu, ratio %.1f%n", round,
                    bareMillis, fullMillis, fullMillis / bareMillis);
        }
        System.out.println(sink == 0 ? "" : "done");
    }
}
