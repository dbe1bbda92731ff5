package dev.fourfold.bench;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the benchmarks and prints each result with its ratio to the bare loop measured in the same run.
 * {@code ./mvnw -Pbench test-compile exec:exec}; pass a regular expression as {@code -Dbench=...} to run fewer.
 */
public final class Benchmarks {

    private Benchmarks() {
    }

    public static void main(String[] args) throws RunnerException {
        String include = System.getProperty("bench", EvaluationBenchmark.class.getSimpleName());
        Options options = new OptionsBuilder().include(include).build();
        Collection<RunResult> results = new Runner(options).run();
        Map<String, double[]> scores = new TreeMap<>();
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark().replaceAll(".*\\.", "");
            scores.put(name, new double[] {r.getPrimaryResult().getScore(), r.getPrimaryResult().getScoreError()});
        }
        double baseline = scores.getOrDefault("bareLoop", new double[] {Double.NaN})[0];
        System.out.println();
        System.out.println("Fourfold scoring benchmark (10,000 KPIs x 120 months, 200 objectives; ms per operation)");
        System.out.printf("%-16s %12s %10s %14s%n", "benchmark", "ms/op", "± error", "× bare loop");
        scores.forEach((name, s) -> System.out.printf("%-16s %12.3f %10.3f %14.1f%n", name, s[0], s[1], s[0] / baseline));
        double full = scores.getOrDefault("fullEvaluation", new double[] {Double.NaN})[0];
        System.out.printf("%nfull evaluation (quarter + YTD + year): %.1f ms — goal ≤ 100 ms: %s; ratio to the bare loop %.0f× (ambition ≤ 10×)%n",
                full, full <= 100 ? "met" : "NOT met", full / baseline);
    }
}
