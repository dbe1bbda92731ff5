package dev.fourfold.bench;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.util.Statistics;

/**
 * Runs the benchmarks and prints each result with its ratio to its class's baseline measured in the same run: the
 * bare loop for the evaluation, the series without a forecast for the forecast.
 * {@code ./mvnw -Pbench test-compile exec:exec}; pass a regular expression as {@code -Dbench=...} (or as the first
 * argument) to run fewer.
 */
public final class Benchmarks {

    private static final Map<String, String> BASELINES = Map.of(
            EvaluationBenchmark.class.getSimpleName(), "bareLoop",
            DailyBenchmark.class.getSimpleName(), "bareLoop",
            ForecastBenchmark.class.getSimpleName(), "seriesWithoutForecast");

    private Benchmarks() {
    }

    public static void main(String[] args) throws RunnerException {
        String include = System.getProperty("bench", args.length > 0 ? args[0]
                : EvaluationBenchmark.class.getSimpleName() + "|" + DailyBenchmark.class.getSimpleName() + "|"
                        + ForecastBenchmark.class.getSimpleName() + "|"
                        + ForecastSpreadBenchmark.class.getSimpleName());
        Options options = new OptionsBuilder().include(include).build();
        Collection<RunResult> results = new Runner(options).run();
        Map<String, Map<String, double[]>> scores = new TreeMap<>();
        for (RunResult r : results) {
            if (r.getParams().getMode() == Mode.SampleTime) {
                printSpread(r);
                continue;
            }
            String[] parts = r.getParams().getBenchmark().split("\\.");
            scores.computeIfAbsent(parts[parts.length - 2], c -> new TreeMap<>()).put(parts[parts.length - 1],
                    new double[] {r.getPrimaryResult().getScore(), r.getPrimaryResult().getScoreError()});
        }
        scores.forEach(Benchmarks::print);
    }

    /** A sampled benchmark: how the operations' times spread, against the goal for one series. */
    private static void printSpread(RunResult r) {
        Statistics s = r.getPrimaryResult().getStatistics();
        System.out.printf("%n%s: %d operations sampled; ms per operation: median %.2f, p90 %.2f, p99 %.2f, "
                + "p99.9 %.2f, slowest %.2f — goal p99 ≤ 50 ms: %s%n", r.getParams().getBenchmark(), s.getN(),
                s.getPercentile(50), s.getPercentile(90), s.getPercentile(99), s.getPercentile(99.9), s.getMax(),
                s.getPercentile(99) <= 50 ? "met" : "NOT met");
    }

    private static void print(String benchmarkClass, Map<String, double[]> scores) {
        String baselineName = BASELINES.getOrDefault(benchmarkClass, "");
        double baseline = scores.getOrDefault(baselineName, new double[] {Double.NaN})[0];
        System.out.println();
        System.out.println(switch (benchmarkClass) {
            case "ForecastBenchmark" -> "Fourfold forecast benchmark (a monthly KPI series over 120 months with its forecast; ms per operation)";
            case "DailyBenchmark" -> "Fourfold daily benchmark (1,000 daily KPIs x 3 years, 20 objectives; one daily KPI x 365 days; ms per operation)";
            default -> "Fourfold scoring benchmark (10,000 KPIs x 120 months, 200 objectives; ms per operation)";
        });
        System.out.printf("%-24s %12s %10s %14s%n", "benchmark", "ms/op", "± error", "× " + baselineName);
        scores.forEach((name, s) -> System.out.printf("%-24s %12.3f %10.3f %14.1f%n", name, s[0], s[1],
                s[0] / baseline));
        if (benchmarkClass.equals("EvaluationBenchmark")) {
            double full = scores.getOrDefault("fullEvaluation", new double[] {Double.NaN})[0];
            System.out.printf("%nfull evaluation (quarter + YTD + year): %.1f ms — goal ≤ 100 ms: %s; "
                    + "ratio to the bare loop %.0f× (ambition ≤ 10×)%n", full, full <= 100 ? "met" : "NOT met",
                    full / baseline);
        }
        if (benchmarkClass.equals("DailyBenchmark")) {
            double full = scores.getOrDefault("fullEvaluation", new double[] {Double.NaN})[0];
            double ytd = scores.getOrDefault("yearToDateAtEveryDay", new double[] {Double.NaN})[0];
            double forecast = scores.getOrDefault("forecastOnce", new double[] {Double.NaN})[0];
            System.out.printf("%nfull evaluation of 1,000 daily KPIs x 3 years: %.1f ms — goal ≤ 100 ms: %s (%.0f× the bare loop)"
                    + "%n365 year-to-date evaluations of one daily KPI: %.2f ms — goal ≤ 20 ms: %s"
                    + "%nits forecast once: %.2f ms — goal ≤ 20 ms: %s%n", full, full <= 100 ? "met" : "NOT met",
                    full / baseline, ytd, ytd <= 20 ? "met" : "NOT met", forecast, forecast <= 20 ? "met" : "NOT met");
        }
        if (benchmarkClass.equals("ForecastBenchmark")) {
            double slowest = scores.entrySet().stream().filter(e -> e.getKey().endsWith("Series"))
                    .mapToDouble(e -> e.getValue()[0]).max().orElse(Double.NaN);
            System.out.printf("%nslowest series with its forecast: %.2f ms — goal ≤ 50 ms: %s%n", slowest,
                    slowest <= 50 ? "met" : "NOT met");
        }
    }
}
