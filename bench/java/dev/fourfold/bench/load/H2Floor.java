package dev.fourfold.bench.load;

import dev.fourfold.support.MigrationDatabases;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;

/**
 * The floor of the ingestion benchmark on H2, which has no {@code COPY}: the same rows the server writes for new
 * values — one {@code actual_value} row and one {@code change_log} row each — inserted straight into the server's
 * own tables (its migrations, keys, indexes, checks and foreign keys) of a new H2 file database, with the server's
 * set-based statement (column arrays, {@link IngestRun#BATCH_MONTHS} values per KPI) and one transaction per chunk
 * of 10,000, as the batch API commits them. Nothing of the application runs: no HTTP, JSON, checks or lookups.
 */
final class H2Floor {

    private static final String VALUES = "insert into actual_value (kpi_id, period, period_start, amount, state, comment,"
            + " source, entered_by, entered_at, revision) select k, p, d, a, 'approved', null, 'api', 'admin', ?, 1 from "
            + "table(k bigint = ?, p varchar(10) = ?, d date = ?, a numeric(38, 12) = ?)";
    private static final String CHANGES = "insert into change_log (changed_at, actor, source, entity, entity_id, action, "
            + "new_value, scorecard_id, entries) select ?, 'admin', 'api', 'actual', e, 'create', v, 1, 4 from "
            + "table(e bigint = ?, v varchar(4000) = ?)";

    private H2Floor() {
    }

    /** Values per second into a new database in a temporary folder, removed afterwards. */
    static double measure(int values, int chunk) throws Exception {
        Path folder = Files.createTempDirectory("fourfold-h2-floor");
        String url = "jdbc:h2:file:" + folder.resolve("floor") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;QUERY_CACHE_SIZE=64" + System.getProperty("h2.floor.options", "");
        try {
            Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
            try (Connection c = DriverManager.getConnection(url, "sa", "")) {
                int kpis = (values + IngestRun.BATCH_MONTHS - 1) / IngestRun.BATCH_MONTHS;
                try (Statement s = c.createStatement()) {
                    MigrationDatabases.insertKpis(s, kpis);
                }
                c.setAutoCommit(false);
                long nanos = 0;
                for (int sent = 0; sent < values; sent += chunk) {
                    nanos += chunk(c, sent, Math.min(chunk, values - sent));
                }
                double perSecond = values / (nanos / 1e9);
                System.out.printf(Locale.ROOT, "H2 floor: %,d values into the server's tables, %.1f s: %,.0f values/s%n",
                        values, nanos / 1e9, perSecond);
                return perSecond;
            }
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Inserts values {@code first} … {@code first + n - 1} and their change-log rows in one transaction. */
    private static long chunk(Connection c, int first, int n) throws Exception {
        YearMonth start = YearMonth.of(2026, 12).minusMonths(IngestRun.BATCH_MONTHS - 1L);
        SplittableRandom random = new SplittableRandom(first);
        Long[] kpi = new Long[n];
        String[] period = new String[n];
        java.sql.Date[] day = new java.sql.Date[n];
        BigDecimal[] amount = new BigDecimal[n];
        String[] logged = new String[n];
        for (int i = 0; i < n; i++) {
            int v = first + i;
            YearMonth m = start.plusMonths(v % IngestRun.BATCH_MONTHS);
            kpi[i] = (long) (v / IngestRun.BATCH_MONTHS + 1);
            period[i] = m.toString();
            day[i] = java.sql.Date.valueOf(m.atDay(1));
            amount[i] = new BigDecimal(IngestRun.amount(random));
            logged[i] = "3:kpi" + ("K" + kpi[i]).length() + ":K" + kpi[i] + "-6:period7:" + m + "-5:value"
                    + amount[i].toPlainString().length() + ":" + amount[i].toPlainString() + "-5:state8:approved-";
        }
        long t = System.nanoTime();
        Timestamp now = Timestamp.from(Instant.now());
        Long[] ids = new Long[n];
        try (PreparedStatement ps = c.prepareStatement(VALUES, new String[] {"id"})) {
            ps.setTimestamp(1, now);
            ps.setObject(2, kpi);
            ps.setObject(3, period);
            ps.setObject(4, day);
            ps.setObject(5, amount);
            ps.executeUpdate();
            try (var keys = ps.getGeneratedKeys()) {
                for (int i = 0; keys.next(); i++) {
                    ids[i] = keys.getLong(1);
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement(CHANGES)) {
            ps.setTimestamp(1, now);
            ps.setObject(2, ids);
            ps.setObject(3, logged);
            ps.executeUpdate();
        }
        c.commit();
        return System.nanoTime() - t;
    }
}
