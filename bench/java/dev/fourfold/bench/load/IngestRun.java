package dev.fourfold.bench.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.YearMonth;
import java.util.Base64;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The ingestion benchmark against a running server: writes 1,000,000 actual values through the batch API (chunks of
 * 10,000 items) and as many through scorecard-file imports (files of 200 KPIs × 120 months, the largest a file may
 * hold being about 90,000 values), each into scorecards of their own, and prints values per second. Then, in the same
 * run, the floor: given a PostgreSQL connection ({@code --jdbc}), the same rows copied with {@code COPY} into tables
 * of that database ({@link CopyFloor}); without one, the same rows inserted into the server's tables of a new H2
 * database without the application ({@link H2Floor}); and the ratio of each path to it. {@code --phases} picks
 * among {@code batch}, {@code file} and {@code floor} (default all three), and {@code csv} and {@code xlsx}: files of
 * values through the import API ({@link ValueFileImports}).
 *
 * <pre>./mvnw -Pbench exec:exec@ingest -Dload.args="--jdbc jdbc:postgresql://localhost:5433/postgres"</pre>
 */
public final class IngestRun {

    /** Months per KPI of the batch scorecard (from 1943-09 to 2026-12), so that it needs only 1,000 KPIs. */
    static final int BATCH_MONTHS = 1_000;

    private IngestRun() {
    }

    public static void main(String[] args) throws Exception {
        LoadOptions o = LoadOptions.parse(args);
        String url = o.text("url", "http://localhost:8080");
        int values = o.integer("values", 1_000_000);
        int chunk = o.integer("chunk", 10_000);
        int months = o.integer("months", 120);
        String tag = o.text("tag", Long.toString(System.currentTimeMillis() % 1_000_000, 36).toUpperCase(Locale.ROOT));
        String phases = o.text("phases", "batch,file,floor");
        Server server = null;
        if (phases.contains("batch") || phases.contains("file") || phases.contains("csv") || phases.contains("xlsx")) {
            Server signIn = new Server(url, "Basic " + Base64.getEncoder().encodeToString(
                    (o.text("user", "admin") + ":" + o.text("password", "demo")).getBytes(StandardCharsets.UTF_8)));
            // a token is checked with one hash lookup, where a password costs a BCrypt round per request
            server = new Server(url, "Bearer " + signIn.token());
        }
        double batch = phases.contains("batch") ? batchApi(server, tag, values, chunk, BATCH_MONTHS) : 0;
        double files = phases.contains("file") ? fileImports(server, tag, values, months) : 0;
        ValueFileImports.Result csv = phases.contains("csv") ? ValueFileImports.run(server, tag, values, false) : null;
        ValueFileImports.Result xlsx = phases.contains("xlsx") ? ValueFileImports.run(server, tag, values, true) : null;
        System.out.printf(Locale.ROOT, "%nbatch API    %,12.0f values/s%nfile import  %,12.0f values/s%n", batch, files);
        ValueFileImports.print(csv, xlsx);
        String jdbc = o.text("jdbc", "");
        if (phases.contains("floor") && jdbc.isEmpty()) {
            double floor = H2Floor.measure(values, chunk);
            System.out.printf(Locale.ROOT, "H2 floor, the server's tables (value + change log)  %,12.0f values/s (batch "
                    + "API %.0f %%, file import %.0f %%)%n", floor, 100 * batch / floor, 100 * files / floor);
            ValueFileImports.printRatios(csv, xlsx, floor, "H2 floor");
        }
        if (phases.contains("floor") && !jdbc.isEmpty()) {
            CopyFloor.Result floor = CopyFloor.measure(jdbc, o.text("jdbc-user", "postgres"),
                    o.text("jdbc-password", "postgres"), values);
            System.out.printf(Locale.ROOT, "COPY, the server's tables (value + change log)  %,12.0f values/s (batch API "
                    + "%.0f %%, file import %.0f %%)%n", floor.sameTables(), 100 * batch / floor.sameTables(),
                    100 * files / floor.sameTables());
            System.out.printf(Locale.ROOT, "COPY, one plain table                          %,12.0f values/s (batch API "
                    + "%.0f %%, file import %.0f %%)%n", floor.oneTable(), 100 * batch / floor.oneTable(),
                    100 * files / floor.oneTable());
            ValueFileImports.printRatios(csv, xlsx, floor.oneTable(), "COPY, one plain table");
            System.out.printf(Locale.ROOT, "COPY, three plain tables                       %,12.0f values/s (batch API "
                    + "%.0f %%, file import %.0f %%)%n", floor.threeTables(), 100 * batch / floor.threeTables(),
                    100 * files / floor.threeTables());
        }
    }

    /** Imports one scorecard of KPIs without values, then posts the values by KPI code in chunks. */
    private static double batchApi(Server server, String tag, int values, int chunk, int months) throws Exception {
        int kpis = (values + months - 1) / months;
        server.post("/api/v1/scorecards/import", "application/yaml", scorecardFile(tag + "B", 1, kpis, 0));
        YearMonth first = YearMonth.of(2026, 12).minusMonths(months - 1L);
        SplittableRandom random = new SplittableRandom(1);
        long nanos = 0;
        int sent = 0;
        StringBuilder body = new StringBuilder(chunk * 64);
        while (sent < values) {
            body.setLength(0);
            body.append("{\"items\": [");
            int n = Math.min(chunk, values - sent);
            for (int i = 0; i < n; i++) {
                int v = sent + i;
                body.append(i == 0 ? "" : ", ").append("{\"kpiCode\": \"").append(code(tag + "B", 1, v / months + 1))
                        .append("\", \"period\": \"").append(first.plusMonths(v % months)).append("\", \"value\": ")
                        .append(amount(random)).append('}');
            }
            body.append("]}");
            long t = System.nanoTime();
            server.post("/api/v1/actuals/batch", "application/json", body.toString());
            nanos += System.nanoTime() - t;
            sent += n;
        }
        double perSecond = values / (nanos / 1e9);
        System.out.printf(Locale.ROOT, "batch API: %,d values in %d requests, %.1f s: %,.0f values/s%n", values,
                (values + chunk - 1) / chunk, nanos / 1e9, perSecond);
        return perSecond;
    }

    /** Imports scorecard files of 200 KPIs each until the values are in. */
    private static double fileImports(Server server, String tag, int values, int months) throws Exception {
        int perFile = 200 * months;
        long nanos = 0;
        int files = (values + perFile - 1) / perFile;
        for (int s = 1; s <= files; s++) {
            String file = scorecardFile(tag + "F", s, 200, months);
            long t = System.nanoTime();
            server.post("/api/v1/scorecards/import", "application/yaml", file);
            nanos += System.nanoTime() - t;
        }
        double perSecond = (double) files * perFile / (nanos / 1e9);
        System.out.printf(Locale.ROOT, "file import: %,d values in %d files, %.1f s: %,.0f values/s%n",
                (long) files * perFile, files, nanos / 1e9, perSecond);
        return perSecond;
    }

    /** A scorecard file of one perspective, objectives of ten KPIs, each KPI with its actual values. */
    static String scorecardFile(String tag, int s, int kpis, int months) {
        SplittableRandom random = new SplittableRandom(s);
        YearMonth first = YearMonth.of(2026, 12).minusMonths(months - 1L);
        StringBuilder y = new StringBuilder(kpis * (months * 18 + 100));
        y.append("version: 1\nscorecard:\n  name: Ingest ").append(tag).append(' ').append(s)
                .append("\n  unit: Ingest ").append(tag).append("\nperspectives:\n  - name: Financial\n    objectives:\n");
        for (int k = 1; k <= kpis; k++) {
            if (k % 10 == 1) {
                y.append("      - code: O").append(k / 10 + 1).append("\n        name: Objective ").append(k / 10 + 1)
                        .append("\n        kpis:\n");
            }
            y.append("          - code: ").append(code(tag, s, k)).append("\n            name: Measure ").append(k)
                    .append("\n            target: 100\n            actuals: {");
            for (int m = 0; m < months; m++) {
                y.append(m == 0 ? "" : ", ").append(first.plusMonths(m)).append(": ").append(amount(random));
            }
            y.append("}\n");
        }
        return y.toString();
    }

    static String code(String tag, int s, int k) {
        return "I" + tag + "S" + s + "K" + k;
    }

    static String amount(SplittableRandom random) {
        long hundredths = 7_000 + random.nextInt(6_000);
        return hundredths / 100 + "." + String.format(Locale.ROOT, "%02d", hundredths % 100);
    }

    /** The server under test, called with basic authentication; any answer but 2xx stops the run. */
    record Server(String url, String authorization) {

        private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

        /** A read-write token of the signed-in user, valid for a day. */
        String token() throws Exception {
            String answer = post("/api/v1/me/tokens", "application/json", "{\"name\": \"ingest " + System.nanoTime()
                    + "\", \"scope\": \"read-write\", \"expiresAt\": \"" + java.time.Instant.now()
                    .plus(Duration.ofDays(1)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS) + "\"}");
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"secret\"\\s*:\\s*\"([^\"]+)\"").matcher(answer);
            if (!m.find()) {
                throw new IllegalStateException("no secret in " + answer);
            }
            return m.group(1);
        }

        String post(String path, String type, String body) throws Exception {
            return post(path, type, HttpRequest.BodyPublishers.ofString(body));
        }

        String post(String path, String type, HttpRequest.BodyPublisher body) throws Exception {
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(url + path))
                    .header("Authorization", authorization).header("Content-Type", type)
                    .timeout(Duration.ofMinutes(30)).POST(body).build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() / 100 != 2) {
                throw new IllegalStateException("POST " + path + " answered " + answer.statusCode() + ": "
                        + answer.body().substring(0, Math.min(2000, answer.body().length())));
            }
            return answer.body();
        }
    }
}
