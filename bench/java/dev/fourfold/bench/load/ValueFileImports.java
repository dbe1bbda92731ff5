package dev.fourfold.bench.load;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Files of values through the import API, end to end: a scorecard of KPIs without values (1,000 months each), a
 * file of all their values in the long layout (CSV or .xlsx, written to disk first), uploaded as the request's body
 * ({@code POST /api/v1/imports}: read, checked, kept) and committed ({@code POST /api/v1/imports/{id}/commit}:
 * read again and written with history and change log). Times the two requests.
 */
final class ValueFileImports {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final Pattern CREATED = Pattern.compile("\"created\"\\s*:\\s*(\\d+)");

    private ValueFileImports() {
    }

    /** One import's figures. */
    record Result(String format, int values, long bytes, double previewSeconds, double commitSeconds) {

        double perSecond() {
            return values / (previewSeconds + commitSeconds);
        }
    }

    static Result run(IngestRun.Server server, String tag, int values, boolean xlsx) throws Exception {
        int months = IngestRun.BATCH_MONTHS;
        int kpis = (values + months - 1) / months;
        String card = tag + (xlsx ? "X" : "C");
        server.post("/api/v1/scorecards/import", "application/yaml", IngestRun.scorecardFile(card, 1, kpis, 0));
        Path file = Files.createTempFile("values-", xlsx ? ".xlsx" : ".csv");
        try {
            if (xlsx) {
                writeXlsx(file, card, values, months);
            } else {
                writeCsv(file, card, values, months);
            }
            long t = System.nanoTime();
            String preview = server.post("/api/v1/imports?name=values" + (xlsx ? ".xlsx" : ".csv"), xlsx
                    ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv",
                    HttpRequest.BodyPublishers.ofFile(file));
            double previewSeconds = (System.nanoTime() - t) / 1e9;
            check(preview, values);
            t = System.nanoTime();
            String committed = server.post("/api/v1/imports/" + group(ID, preview) + "/commit", "application/json", "");
            double commitSeconds = (System.nanoTime() - t) / 1e9;
            check(committed, values);
            Result r = new Result(xlsx ? ".xlsx" : "CSV", values, Files.size(file), previewSeconds, commitSeconds);
            System.out.printf(Locale.ROOT, "%s import: %,d values (%,.1f MB): upload and preview %.1f s, commit %.1f s: "
                    + "%,.0f values/s end to end%n", r.format(), values, r.bytes() / 1e6, previewSeconds,
                    commitSeconds, r.perSecond());
            return r;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    static void print(Result csv, Result xlsx) {
        for (Result r : new Result[] {csv, xlsx}) {
            if (r != null) {
                System.out.printf(Locale.ROOT, "%-5s import %,12.0f values/s (preview %.1f s + commit %.1f s)%n",
                        r.format(), r.perSecond(), r.previewSeconds(), r.commitSeconds());
            }
        }
    }

    static void printRatios(Result csv, Result xlsx, double floor, String name) {
        for (Result r : new Result[] {csv, xlsx}) {
            if (r != null) {
                System.out.printf(Locale.ROOT, "%s import ÷ %s: %.0f %%%n", r.format(), name, 100 * r.perSecond() / floor);
            }
        }
    }

    private static void writeCsv(Path file, String card, int values, int months) throws Exception {
        YearMonth first = YearMonth.of(2026, 12).minusMonths(months - 1L);
        SplittableRandom random = new SplittableRandom(3);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("kpi_code,period,value\n");
            for (int v = 0; v < values; v++) {
                out.write(IngestRun.code(card, 1, v / months + 1) + "," + first.plusMonths(v % months) + ","
                        + IngestRun.amount(random) + "\n");
            }
        }
    }

    private static void writeXlsx(Path file, String card, int values, int months) throws Exception {
        YearMonth first = YearMonth.of(2026, 12).minusMonths(months - 1L);
        SplittableRandom random = new SplittableRandom(3);
        try (SXSSFWorkbook book = new SXSSFWorkbook(200); OutputStream out = Files.newOutputStream(file)) {
            book.setCompressTempFiles(true);
            Sheet sheet = book.createSheet("values");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("kpi_code");
            header.createCell(1).setCellValue("period");
            header.createCell(2).setCellValue("value");
            for (int v = 0; v < values; v++) {
                Row row = sheet.createRow(v + 1);
                row.createCell(0).setCellValue(IngestRun.code(card, 1, v / months + 1));
                row.createCell(1).setCellValue(first.plusMonths(v % months).toString());
                row.createCell(2).setCellValue(Double.parseDouble(IngestRun.amount(random)));
            }
            book.write(out);
            book.close();
        }
    }

    private static void check(String answer, int values) {
        if (Integer.parseInt(group(CREATED, answer)) != values) {
            throw new IllegalStateException("expected " + values + " new values: " + answer.substring(0,
                    Math.min(2000, answer.length())));
        }
    }

    private static String group(Pattern p, String text) {
        Matcher m = p.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("no " + p + " in " + text.substring(0, Math.min(2000, text.length())));
        }
        return m.group(1);
    }
}
