package dev.fourfold.bench.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds a large installation on a running server through its public import path, one scorecard file per
 * scorecard, and reports how fast the values went in: by default 50 scorecards × 200 monthly KPIs × 120 months =
 * 1.2 million actual values (plus a target per KPI). Writes the ids of the scorecards and a read token to
 * {@code target/load/installation.properties} for {@link LoadRun}.
 *
 * <pre>./mvnw -Pbench test-compile exec:exec@load-data [-Dload.args="--scorecards 5"]</pre>
 */
public final class LoadInstallation {

    private static final Pattern ID = Pattern.compile("\"scorecardId\"\\s*:\\s*(\\d+)");
    private static final Pattern SECRET = Pattern.compile("\"secret\"\\s*:\\s*\"([^\"]+)\"");

    private LoadInstallation() {
    }

    public static void main(String[] args) throws Exception {
        LoadOptions o = LoadOptions.parse(args);
        int scorecards = o.integer("scorecards", 50);
        int kpis = o.integer("kpis", 200);
        int months = o.integer("months", 120);
        String url = o.text("url", "http://localhost:8080");
        String basic = "Basic " + Base64.getEncoder().encodeToString(
                (o.text("user", "admin") + ":" + o.text("password", "demo")).getBytes(StandardCharsets.UTF_8));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

        List<Long> ids = new ArrayList<>();
        long values = 0;
        long started = System.nanoTime();
        for (int s = 1; s <= scorecards; s++) {
            String file = scorecardFile(s, kpis, months);
            long t = System.nanoTime();
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(url + "/api/v1/scorecards/import"))
                    .header("Authorization", basic).header("Content-Type", "application/yaml")
                    .timeout(Duration.ofMinutes(10))
                    .POST(HttpRequest.BodyPublishers.ofString(file)).build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() / 100 != 2) {
                throw new IllegalStateException("import of scorecard " + s + " answered " + answer.statusCode() + ": "
                        + answer.body());
            }
            ids.add(find(ID, answer.body(), "scorecardId"));
            values += (long) kpis * months;
            System.out.printf(Locale.ROOT, "scorecard %d/%d: %d values in %.1f s%n", s, scorecards,
                    (long) kpis * months, (System.nanoTime() - t) / 1e9);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "%nimported %,d actual values in %.1f s: %,.0f values/s%n", values, seconds,
                values / seconds);

        String token = readToken(http, url, basic);
        Path out = Path.of("target", "load", "installation.properties");
        Files.createDirectories(out.getParent());
        Files.writeString(out, "url=" + url + "\ntoken=" + token + "\nscorecards=" + join(ids) + "\n");
        System.out.println("wrote " + out);
    }

    /** One scorecard file: 4 perspectives, objectives of five KPIs each, every KPI with a target and its actuals. */
    static String scorecardFile(int s, int kpis, int months) {
        SplittableRandom random = new SplittableRandom(s);
        YearMonth first = YearMonth.of(2026, 12).minusMonths(months - 1L);
        StringBuilder y = new StringBuilder(kpis * months * 16);
        y.append("version: 1\nscorecard:\n  name: Load ").append(s).append("\n  unit: Load unit ").append(s)
                .append("\nperspectives:\n");
        String[] perspectives = {"Financial", "Customer", "Internal Business Processes", "Learning and Growth"};
        int perObjective = 5;
        int objectives = (kpis + perObjective - 1) / perObjective;
        for (int p = 0; p < perspectives.length; p++) {
            y.append("  - name: ").append(perspectives[p]).append("\n    objectives:\n");
            for (int ob = p; ob < objectives; ob += perspectives.length) {
                y.append("      - code: O").append(ob + 1).append("\n        name: Objective ").append(ob + 1)
                        .append("\n        kpis:\n");
                for (int k = ob * perObjective; k < Math.min(kpis, (ob + 1) * perObjective); k++) {
                    kpi(y, s, k + 1, first, months, random);
                }
            }
        }
        return y.toString();
    }

    private static void kpi(StringBuilder y, int s, int k, YearMonth first, int months, SplittableRandom random) {
        int target = 100 + random.nextInt(900);
        y.append("          - code: S").append(s).append("K").append(k)
                .append("\n            name: Measure ").append(k).append(" of scorecard ").append(s)
                .append("\n            polarity: ").append(k % 5 == 0 ? "lower" : "higher")
                .append("\n            target: ").append(target)
                .append("\n            actuals: {");
        for (int m = 0; m < months; m++) {
            if (m > 0) {
                y.append(", ");
            }
            long hundredths = Math.round(target * (0.7 + 0.6 * random.nextDouble()) * 100);
            y.append(first.plusMonths(m)).append(": ").append(hundredths / 100).append('.')
                    .append(String.format(Locale.ROOT, "%02d", hundredths % 100));
        }
        y.append("}\n");
    }

    private static String readToken(HttpClient http, String url, String basic) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(url + "/api/v1/me/tokens"))
                .header("Authorization", basic).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"load run " + System.currentTimeMillis()
                        + "\", \"scope\": \"read\", \"expiresAt\": \"" + java.time.Instant.now().plus(Duration.ofDays(30))
                        .truncatedTo(java.time.temporal.ChronoUnit.SECONDS) + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() / 100 != 2) {
            throw new IllegalStateException("creating a read token answered " + answer.statusCode() + ": " + answer.body());
        }
        Matcher m = SECRET.matcher(answer.body());
        if (!m.find()) {
            throw new IllegalStateException("no secret in " + answer.body());
        }
        return m.group(1);
    }

    private static long find(Pattern pattern, String body, String what) {
        Matcher m = pattern.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no " + what + " in " + body);
        }
        return Long.parseLong(m.group(1));
    }

    private static String join(List<Long> ids) {
        return String.join(",", ids.stream().map(String::valueOf).toList());
    }
}
