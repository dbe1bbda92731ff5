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
 * The floor of the ingestion benchmark on PostgreSQL: the same number of value rows written with {@code COPY}
 * straight into plain tables (no keys, no indexes, no checks) of the server's database. Measured two ways: into one
 * table shaped like {@code actual_value}, and into three tables shaped like {@code actual_value},
 * {@code actual_revision} and {@code change_log} (one change-log row per value), which is what the server writes.
 */
final class CopyFloor {

    private CopyFloor() {
    }

    /** Values per second of each floor. */
    record Result(double oneTable, double threeTables) {
    }

    static Result measure(String url, String user, String password, int values) throws Exception {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("""
                    create table floor_value (id bigint, kpi_id bigint, period varchar(7), period_start date,
                      amount numeric(38, 12), state varchar(10), comment varchar(2000), source varchar(10),
                      entered_by varchar(200), entered_at timestamp with time zone, revision int, version bigint)""");
            s.execute("""
                    create table floor_revision (id bigint, kpi_id bigint, period varchar(7), revision int,
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
                System.out.printf(Locale.ROOT, "COPY of %,d rows: one table %,.0f rows/s; three tables %,.0f values/s%n",
                        values, one, three);
                return new Result(one, three);
            } finally {
                s.execute("drop table floor_value, floor_revision, floor_change");
            }
        }
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
