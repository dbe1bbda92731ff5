package dev.fourfold.bench.load;

import java.io.IOException;
import java.io.Reader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.IntFunction;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The floor of the ingestion benchmark on PostgreSQL: the same number of value rows written with {@code COPY} into
 * tables of the server's database. Measured three ways:
 * <ul>
 * <li>into the same tables as the server's: copies of {@code actual_value} and {@code change_log} with their keys,
 * indexes, checks and the foreign key to {@code kpi} (one value row and one change-log row per value, what the server
 * writes for a new value; its history is that row until a newer version replaces it) — the floor of the goal;</li>
 * <li>for reference, straight into plain tables (no keys, no indexes, no checks): one table shaped like
 * {@code actual_value}, and three shaped like {@code actual_value}, {@code actual_revision} and {@code change_log}.</li>
 * </ul>
 */
final class CopyFloor {

    private CopyFloor() {
    }

    /** Values per second of each floor. */
    record Result(double sameTables, double oneTable, double threeTables) {
    }

    static Result measure(String url, String user, String password, int values) throws Exception {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("""
                    create table floor_value (id bigint, kpi_id bigint, period varchar(10), period_start date,
                      amount numeric(38, 12), state varchar(10), comment varchar(2000), source varchar(10),
                      entered_by varchar(200), entered_at timestamp with time zone, revision int, version bigint)""");
            s.execute("""
                    create table floor_revision (id bigint, kpi_id bigint, period varchar(10), revision int,
                      amount numeric(38, 12), state varchar(10), comment varchar(2000), source varchar(10),
                      changed_by varchar(200), changed_at timestamp with time zone)""");
            s.execute("""
                    create table floor_change (id bigint, changed_at timestamp with time zone, actor varchar(200),
                      source varchar(10), entity varchar(40), entity_id bigint, action varchar(10), field varchar(60),
                      old_value varchar(4000), new_value varchar(4000), scorecard_id bigint)""");
            try {
                CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
                double one = copy(copy, "floor_value", values, CopyFloor::value);
                s.execute("truncate floor_value");
                long t = System.nanoTime();
                copy(copy, "floor_value", values, CopyFloor::value);
                copy(copy, "floor_revision", values, CopyFloor::revision);
                copy(copy, "floor_change", values, CopyFloor::change);
                double three = values / ((System.nanoTime() - t) / 1e9);
                double same = sameTables(s, copy, values);
                System.out.printf(Locale.ROOT, "COPY of %,d values: the server's tables %,.0f values/s; one plain table "
                        + "%,.0f rows/s; three plain tables %,.0f values/s%n", values, same, one, three);
                return new Result(same, one, three);
            } finally {
                s.execute("drop table if exists floor_value, floor_revision, floor_change, floor_actual, floor_log");
            }
        }
    }

    /**
     * Copies of the server's {@code actual_value} and {@code change_log} (columns, defaults, checks, keys and
     * indexes; the foreign key to {@code kpi} added, as {@code like} leaves it out), filled for existing KPIs of the
     * installation, {@link IngestRun#BATCH_MONTHS} periods each.
     */
    private static double sameTables(Statement s, CopyManager copy, int values) throws Exception {
        s.execute("create table floor_actual (like actual_value including all)");
        s.execute("alter table floor_actual add foreign key (kpi_id) references kpi (id)");
        s.execute("create table floor_log (like change_log including all)");
        int kpis = (values + IngestRun.BATCH_MONTHS - 1) / IngestRun.BATCH_MONTHS;
        long[] ids = new long[kpis];
        try (var rs = s.executeQuery("select id from kpi order by id limit " + kpis)) {
            for (int i = 0; i < kpis; i++) {
                if (!rs.next()) {
                    throw new IllegalStateException("the installation has fewer than " + kpis + " KPIs; load it first");
                }
                ids[i] = rs.getLong(1);
            }
        }
        long t = System.nanoTime();
        copy.copyIn("copy floor_actual (kpi_id, period, period_start, amount, state, comment, source, entered_by, "
                + "entered_at, revision) from stdin", new Rows(values, n -> actual(ids, n)));
        copy.copyIn("copy floor_log (changed_at, actor, source, entity, entity_id, action, field, old_value, new_value, "
                + "scorecard_id, entries) from stdin", new Rows(values, CopyFloor::logged));
        return values / ((System.nanoTime() - t) / 1e9);
    }

    private static String actual(long[] kpis, int n) {
        YearMonth m = FIRST.plusMonths(n % IngestRun.BATCH_MONTHS);
        return kpis[n / IngestRun.BATCH_MONTHS] + "\t" + m + "\t" + m.atDay(1) + "\t" + IngestRun.amount(RANDOM)
                + "\tapproved\t\\N\tapi\tadmin\t2026-12-01 10:00:00+00\t1\n";
    }

    private static String logged(int n) {
        return "2026-12-01 10:00:00+00\tadmin\tapi\tactual\t" + n + "\tcreate\t\\N\t\\N\t3:kpi8:K" + n
                + "-6:period7:2026-01-5:value4:12.5-5:state8:approved-\t1\t4\n";
    }

    private static double copy(CopyManager copy, String table, int rows, IntFunction<String> row)
            throws Exception {
        long t = System.nanoTime();
        copy.copyIn("copy " + table + " from stdin", new Rows(rows, row));
        return rows / ((System.nanoTime() - t) / 1e9);
    }

    private static final YearMonth FIRST = YearMonth.of(2026, 12).minusMonths(IngestRun.BATCH_MONTHS - 1L);
    private static final SplittableRandom RANDOM = new SplittableRandom(1);

    private static String value(int n) {
        YearMonth m = FIRST.plusMonths(n % IngestRun.BATCH_MONTHS);
        return n + "\t" + (n / IngestRun.BATCH_MONTHS + 1) + "\t" + m + "\t" + m.atDay(1) + "\t"
                + IngestRun.amount(RANDOM) + "\tapproved\t\\N\tapi\tadmin\t2026-12-01 10:00:00+00\t1\t0\n";
    }

    private static String revision(int n) {
        YearMonth m = FIRST.plusMonths(n % IngestRun.BATCH_MONTHS);
        return n + "\t" + (n / IngestRun.BATCH_MONTHS + 1) + "\t" + m + "\t1\t" + IngestRun.amount(RANDOM)
                + "\tapproved\t\\N\tapi\tadmin\t2026-12-01 10:00:00+00\n";
    }

    private static String change(int n) {
        return n + "\t2026-12-01 10:00:00+00\tadmin\tapi\tactual\t" + n + "\tcreate\tvalue\t\\N\t"
                + IngestRun.amount(RANDOM) + "\t1\n";
    }

    /** The rows as COPY's text format, made as they are read. */
    private static final class Rows extends Reader {
        private final int rows;
        private final IntFunction<String> row;
        private int next;
        private String current = "";
        private int at;

        Rows(int rows, IntFunction<String> row) {
            this.rows = rows;
            this.row = row;
        }

        @Override
        public int read(char[] buffer, int offset, int length) {
            if (at == current.length()) {
                if (next == rows) {
                    return -1;
                }
                current = row.apply(next++);
                at = 0;
            }
            int n = Math.min(length, current.length() - at);
            current.getChars(at, at + n, buffer, offset);
            at += n;
            return n;
        }

        @Override
        public void close() throws IOException {
            // nothing to release
        }
    }
}
