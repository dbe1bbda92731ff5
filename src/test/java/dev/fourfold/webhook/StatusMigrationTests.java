package dev.fourfold.webhook;

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

/** The migration of the status watch queues each scorecard period holding values once, on both databases. */
class StatusMigrationTests {

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void queuesEveryScorecardPeriodWithValuesOnceSoThatTheirStatusesAreKnownBeforeAnyoneSubscribes(String vendor)
            throws SQLException {
        try (Connection c = MigrationDatabases.fresh(vendor).getConnection(); Statement s = c.createStatement()) {
            MigrationDatabases.migrateTo(c, "18");
            MigrationDatabases.insertKpis(s, 2);
            s.execute("""
                    insert into actual_value (kpi_id, period, period_start, amount, source, entered_by, entered_at, revision)
                        values (1, '2026-01', date '2026-01-01', 2, 'api', 'a', now(), 1),
                               (2, '2026-01', date '2026-01-01', 3, 'api', 'a', now(), 1),
                               (1, '2026-02', date '2026-02-01', 5, 'api', 'a', now(), 1)""");

            MigrationDatabases.migrateTo(c, "19");

            assertThat(rows(s, "select scorecard_id, period from status_check order by id"))
                    .containsExactly("1 2026-01", "1 2026-02");
            assertThat(rows(s, "select id from status_watch")).containsExactly("1");
            assertThat(rows(s, "select count(*) from kpi_status")).containsExactly("0");
        }
    }

    private static List<String> rows(Statement s, String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(query)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder(rs.getString(1));
                for (int i = 2; i <= columns; i++) {
                    row.append(' ').append(rs.getString(i));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }
}
