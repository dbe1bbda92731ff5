package dev.fourfold.shared;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fourfold.support.MigrationDatabases;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The migration that keeps a value's current version in its row only: the revision rows that repeat a current
 * version go, and the history (view {@code actual_history}) still lists every version once.
 */
class CurrentVersionMigrationTests {

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void dropsOnlyTheRevisionRowsThatRepeatACurrentVersion(String vendor) throws SQLException {
        try (Connection c = MigrationDatabases.fresh(vendor).getConnection(); Statement s = c.createStatement()) {
            MigrationDatabases.migrateTo(c, "6");
            MigrationDatabases.insertKpis(s, 1);
            s.execute("""
                    insert into actual_value (kpi_id, period, period_start, amount, source, entered_by, entered_at, revision)
                        values (1, '2026-01', date '2026-01-01', 2, 'api', 'b', now(), 2),
                               (1, '2026-03', date '2026-03-01', 7, 'api', 'a', now(), 3);
                    insert into actual_revision (kpi_id, period, revision, amount, source, changed_by, changed_at)
                        values (1, '2026-01', 1, 1, 'api', 'a', now()), (1, '2026-01', 2, 2, 'api', 'b', now()),
                               (1, '2026-02', 1, 5, 'api', 'a', now()), (1, '2026-02', 2, null, 'api', 'a', now()),
                               (1, '2026-03', 1, 6, 'api', 'a', now()), (1, '2026-03', 2, null, 'api', 'a', now()),
                               (1, '2026-03', 3, 7, 'api', 'a', now())""");

            MigrationDatabases.migrateTo(c, "7");

            assertThat(rows(s, "select period, revision, amount from actual_revision order by period, revision"))
                    .containsExactly("2026-01 1 1", "2026-02 1 5", "2026-02 2 null", "2026-03 1 6", "2026-03 2 null");
            assertThat(rows(s, "select period, revision, amount from actual_history order by period, revision"))
                    .containsExactly("2026-01 1 1", "2026-01 2 2", "2026-02 1 5", "2026-02 2 null", "2026-03 1 6",
                            "2026-03 2 null", "2026-03 3 7");
        }
    }

    private static List<String> rows(Statement s, String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(query)) {
            while (rs.next()) {
                rows.add(rs.getString(1) + " " + rs.getInt(2) + " "
                        + (rs.getBigDecimal(3) == null ? "null" : rs.getBigDecimal(3).stripTrailingZeros().toPlainString()));
            }
        }
        return rows;
    }
}
