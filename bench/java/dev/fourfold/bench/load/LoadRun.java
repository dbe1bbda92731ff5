package dev.fourfold.bench.load;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A closed-loop load run against a running server: for each number of connections, a static asset of the same
 * server (the floor), one scorecard's evaluation API (read token) and its HTML page (a signed-in session), each for
 * the same time, reporting requests/s, p50 and p99 latency, errors, and each figure's ratio to the floor measured
 * in the same run. Reads {@code target/load/installation.properties} written by {@link LoadInstallation}.
 * {@code --targets page} (or {@code api}) measures only that target besides the floor, which is always measured.
 *
 * <pre>./mvnw -Pbench test-compile exec:exec@load-run [-Dload.args="--seconds 30 --connections 8,32"]</pre>
 */
public final class LoadRun {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private LoadRun() {
    }

    /** What one target measured at one number of connections. */
    record Result(String target, int connections, long requests, long errors, double seconds, long[] micros) {

        double perSecond() {
            return requests / seconds;
        }

        double percentileMillis(double p) {
            if (micros.length == 0) {
                return Double.NaN;
            }
            return micros[Math.min(micros.length - 1, (int) Math.ceil(p * micros.length) - 1)] / 1000.0;
        }
    }

    public static void main(String[] args) throws Exception {
        LoadOptions o = LoadOptions.parse(args);
        Properties installation = new Properties();
        try (var in = Files.newBufferedReader(Path.of("target", "load", "installation.properties"))) {
            installation.load(in);
        }
        String url = o.text("url", installation.getProperty("url"));
        String scorecard = o.text("scorecard", installation.getProperty("scorecards").split(",")[0]);
        String period = o.text("period", "2026-12");
        int seconds = o.integer("seconds", 30);
        int warmup = o.integer("warmup", 5);
        HttpClient api = client(null);
        HttpClient browser = client(new CookieManager());
        signIn(browser, url, o.text("user", "admin"), o.text("password", "demo"));

        HttpRequest floor = HttpRequest.newBuilder(URI.create(url + "/css/fourfold.css")).build();
        HttpRequest evaluation = HttpRequest.newBuilder(URI.create(url + "/api/v1/scorecards/" + scorecard
                + "/evaluation?period=" + period)).header("Authorization", "Bearer " + installation.getProperty("token"))
                .build();
        HttpRequest page = HttpRequest.newBuilder(URI.create(url + "/scorecards/" + scorecard + "?period=" + period)).build();
        String kpi = firstKpi(api, url, scorecard, installation.getProperty("token"));
        HttpRequest kpiPage = HttpRequest.newBuilder(URI.create(url + "/kpis/" + kpi + "?period=" + period)).build();
        HttpRequest map = HttpRequest.newBuilder(URI.create(url + "/scorecards/" + scorecard + "/map?period=" + period))
                .build();
        HttpRequest live = HttpRequest.newBuilder(URI.create(url + liveUrl(browser, page))).build();

        List<String> targets = List.of(o.text("targets", "floor,api,page,kpi,map,live").split(","));
        List<Result> results = new ArrayList<>();
        for (String c : o.text("connections", "8,32").split(",")) {
            int connections = Integer.parseInt(c.strip());
            results.add(measure("static asset (floor)", api, floor, connections, warmup, seconds));
            if (targets.contains("api")) {
                results.add(measure("evaluation API", api, evaluation, connections, warmup, seconds));
            }
            if (targets.contains("page")) {
                results.add(measure("scorecard page", browser, page, connections, warmup, seconds));
            }
            if (targets.contains("kpi")) {
                results.add(measure("KPI page", browser, kpiPage, connections, warmup, seconds));
            }
            if (targets.contains("map")) {
                results.add(measure("strategy map", browser, map, connections, warmup, seconds));
            }
            if (targets.contains("live")) {
                results.add(measure("live check (204)", browser, live, connections, warmup, seconds));
            }
        }
        report(results);
    }

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final Pattern LIVE = Pattern.compile("hx-get=\"([^\"]+/live[^\"]*)\"");

    /** The id of the scorecard's first KPI, for the KPI page. */
    static String firstKpi(HttpClient api, String url, String scorecard, String token) throws Exception {
        String body = api.send(HttpRequest.newBuilder(URI.create(url + "/api/v1/kpis?scorecardId=" + scorecard
                + "&size=1")).header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher m = ID.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no KPI in scorecard " + scorecard + ": " + body);
        }
        return m.group(1);
    }

    /** The dashboard's live-update address with the version it was written from: unchanged data answers 204. */
    static String liveUrl(HttpClient browser, HttpRequest page) throws Exception {
        Matcher m = LIVE.matcher(browser.send(page, HttpResponse.BodyHandlers.ofString()).body());
        if (!m.find()) {
            throw new IllegalStateException("the scorecard page has no live-update address");
        }
        return m.group(1).replace("&amp;", "&");
    }

    private static HttpClient client(CookieManager cookies) {
        HttpClient.Builder b = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10));
        if (cookies != null) {
            b.cookieHandler(cookies);
        }
        return b.build();
    }

    /** Signs a client with a cookie store in through the sign-in form, as a browser does. */
    static void signInAs(HttpClient browser, String url, String user, String password) throws Exception {
        signIn(browser, url, user, password);
    }

    private static void signIn(HttpClient browser, String url, String user, String password) throws Exception {
        String form = browser.send(HttpRequest.newBuilder(URI.create(url + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = CSRF.matcher(form);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on the sign-in page");
        }
        String body = "username=" + user + "&password=" + password + "&_csrf=" + m.group(1);
        HttpResponse<String> answer = browser.send(HttpRequest.newBuilder(URI.create(url + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 302 || answer.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("sign-in failed: " + answer.statusCode() + " " + answer.headers().map());
        }
    }

    private static Result measure(String target, HttpClient http, HttpRequest request, int connections, int warmup,
                                  int seconds) throws InterruptedException {
        run(http, request, connections, warmup);
        System.out.printf(Locale.ROOT, "measuring %s with %d connections for %d s%n", target, connections, seconds);
        return run(http, request, connections, seconds).named(target);
    }

    private static Measured run(HttpClient http, HttpRequest request, int connections, int seconds)
            throws InterruptedException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong errors = new AtomicLong();
        List<long[]> perThread = new ArrayList<>();
        Thread[] threads = new Thread[connections];
        for (int t = 0; t < connections; t++) {
            long[][] holder = {new long[1 << 16]};
            threads[t] = new Thread(() -> {
                int n = 0;
                while (System.nanoTime() < end) {
                    long start = System.nanoTime();
                    try {
                        HttpResponse<byte[]> answer = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        if (answer.statusCode() / 100 != 2) {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    if (n == holder[0].length) {
                        holder[0] = Arrays.copyOf(holder[0], n * 2);
                    }
                    holder[0][n++] = (System.nanoTime() - start) / 1000;
                }
                synchronized (perThread) {
                    perThread.add(Arrays.copyOf(holder[0], n));
                }
            });
            threads[t].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        long[] all = perThread.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Measured(connections, all.length, errors.get(), seconds, all);
    }

    private record Measured(int connections, long requests, long errors, double seconds, long[] micros) {
        Result named(String target) {
            return new Result(target, connections, requests, errors, seconds, micros);
        }
    }

    private static void report(List<Result> results) {
        System.out.printf(Locale.ROOT, "%n%-22s %5s %9s %9s %9s %9s %7s %11s %11s%n", "target", "conns", "requests",
                "req/s", "p50 ms", "p99 ms", "errors", "p99/floor", "req/s÷floor");
        Result floor = null;
        for (Result r : results) {
            if (r.target().startsWith("static")) {
                floor = r;
            }
            System.out.printf(Locale.ROOT, "%-22s %5d %9d %9.0f %9.1f %9.1f %7d %11.2f %11.3f%n", r.target(),
                    r.connections(), r.requests(), r.perSecond(), r.percentileMillis(0.50), r.percentileMillis(0.99),
                    r.errors(), r.percentileMillis(0.99) / floor.percentileMillis(0.99), r.perSecond() / floor.perSecond());
        }
    }
}
