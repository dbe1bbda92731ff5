package dev.fourfold.bench.load;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Start-up of the packaged jar on an existing demo database: the time from launching the JVM until an authenticated
 * API call answers, for the plain jar (the baseline), the jar with a class-data-sharing archive, and the documented
 * fast start (ahead-of-time bean definitions plus the archive), each started {@code --runs} times in turn in one
 * folder. Prepares the folder first: a database with the demo company, the unpacked jar and its training run.
 */
public final class StartupRun {

    private StartupRun() {
    }

    public static void main(String[] args) throws Exception {
        LoadOptions o = LoadOptions.parse(args);
        Path jar = Path.of(o.text("jar", "target/fourfold.jar")).toAbsolutePath();
        Path folder = Files.createDirectories(Path.of(o.text("folder", "target/startup")).toAbsolutePath());
        Launch launch = new Launch(folder, o.integer("port", 18199),
                "Basic " + Base64.getEncoder().encodeToString((o.text("user", "admin") + ":" + o.text("password", "demo"))
                        .getBytes(StandardCharsets.UTF_8)));
        Map<String, List<String>> variants = variants(jar, folder);
        variants.keySet().removeIf(name -> !name.contains(o.text("only", "")));
        prepare(jar, folder, launch, !"refresh".equals(o.text("training", "request")));
        Map<String, List<Started>> results = new LinkedHashMap<>();
        for (int run = 0; run < o.integer("runs", 5); run++) {
            for (var v : variants.entrySet()) {
                Started s = launch.start(v.getValue());
                results.computeIfAbsent(v.getKey(), k -> new ArrayList<>()).add(s);
                System.out.printf("run %d %-24s ready after %5.2f s (%5.2f s of CPU)%n", run + 1, v.getKey(), s.seconds(), s.cpu());
            }
        }
        report(results);
    }

    private static Map<String, List<String>> variants(Path jar, Path folder) {
        String unpacked = folder.resolve("application/fourfold.jar").toString();
        String archive = "-XX:SharedArchiveFile=" + folder.resolve("application/app.jsa");
        Map<String, List<String>> variants = new LinkedHashMap<>();
        variants.put("plain jar (baseline)", List.of("-Xmx512m", "-jar", jar.toString()));
        variants.put("CDS archive", List.of("-Xmx512m", "-XX:SharedArchiveFile=" + folder.resolve("application/plain.jsa"),
                "-jar", unpacked));
        variants.put("AOT + CDS (documented)", List.of("-Xmx512m", "-Dspring.aot.enabled=true", archive, "-jar", unpacked));
        return variants;
    }

    /**
     * The demo database (first start), the unpacked jar and the two training runs that write the archives. A training
     * run serves the authenticated call the starts are timed by and is then stopped (the JVM writes the archive as it
     * exits), so the archive also holds the classes of the first request; with {@code --training refresh} it stops
     * once the context is ready, as the README's one-command training does.
     */
    private static void prepare(Path jar, Path folder, Launch launch, boolean serving) throws Exception {
        if (!Files.exists(folder.resolve("data"))) {
            System.out.println("creating the demo database in " + folder);
            launch.start(List.of("-Xmx512m", "-jar", jar.toString()));
        }
        run(folder, List.of("-Djarmode=tools", "-jar", jar.toString(), "extract", "--force", "--destination", "application"));
        String unpacked = folder.resolve("application/fourfold.jar").toString();
        train(folder, launch, serving, List.of("-Xmx512m", "-XX:ArchiveClassesAtExit=application/plain.jsa", "-jar", unpacked));
        train(folder, launch, serving, List.of("-Xmx512m", "-Dspring.aot.enabled=true",
                "-XX:ArchiveClassesAtExit=application/app.jsa", "-jar", unpacked));
    }

    private static void train(Path folder, Launch launch, boolean serving, List<String> args) throws Exception {
        if (serving) {
            launch.start(args);
        } else {
            List<String> refresh = new ArrayList<>(args);
            refresh.add(refresh.size() - 2, "-Dspring.context.exit=onRefresh");
            run(folder, refresh);
        }
    }

    private static void run(Path folder, List<String> args) throws Exception {
        Process p = new ProcessBuilder(java(args)).directory(folder.toFile()).redirectErrorStream(true)
                .redirectOutput(folder.resolve("prepare.log").toFile()).start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", args) + " failed, see " + folder.resolve("prepare.log"));
        }
    }

    static List<String> java(List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(args);
        return command;
    }

    private static void report(Map<String, List<Started>> results) {
        double baseline = median(results.getOrDefault("plain jar (baseline)", results.values().iterator().next()));
        System.out.println();
        System.out.printf("%-24s %10s %10s %12s %14s%n", "", "median s", "best s", "median CPU s", "× baseline");
        results.forEach((name, runs) -> System.out.printf("%-24s %10.2f %10.2f %12.2f %14.2f%n", name, median(runs),
                runs.stream().mapToDouble(Started::seconds).min().orElseThrow(),
                runs.stream().map(Started::cpu).sorted().toList().get(runs.size() / 2), median(runs) / baseline));
    }

    private static double median(List<Started> runs) {
        return runs.stream().sorted(Comparator.comparingDouble(Started::seconds)).toList().get(runs.size() / 2).seconds();
    }

    record Started(double seconds, double cpu) {
    }

    /** Starts the jar in the folder, polls an authenticated API call until it answers 200, then stops the JVM. */
    record Launch(Path folder, int port, String authorization) {

        Started start(List<String> jvm) throws Exception {
            List<String> args = new ArrayList<>(jvm);
            args.add("--server.port=" + port);
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(200)).build();
            HttpRequest probe = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/scorecards"))
                    .header("Authorization", authorization).timeout(Duration.ofSeconds(30)).build();
            long begin = System.nanoTime();
            Process p = new ProcessBuilder(java(args)).directory(folder.toFile()).redirectErrorStream(true)
                    .redirectOutput(new File(folder.toFile(), "server.log")).start();
            try {
                while (!answers(http, probe)) {
                    if (!p.isAlive()) {
                        throw new IllegalStateException("the server stopped, see " + folder.resolve("server.log"));
                    }
                    Thread.sleep(20);
                }
                double seconds = (System.nanoTime() - begin) / 1e9;
                double cpu = p.toHandle().info().totalCpuDuration().map(d -> d.toMillis() / 1000.0).orElse(Double.NaN);
                return new Started(seconds, cpu);
            } finally {
                p.destroy();
                p.waitFor();
            }
        }

        private static boolean answers(HttpClient http, HttpRequest probe) {
            try {
                return http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
            } catch (Exception notYet) {
                return false;
            }
        }
    }
}
