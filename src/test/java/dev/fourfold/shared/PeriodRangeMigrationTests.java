package dev.fourfold.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fourfold.support.MigrationDatabases;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The migration to the supported period range, on a database that already holds rows outside it. */
class PeriodRangeMigrationTests {

    private static final List<String> TABLES = List.of("actual_value", "actual_revision", "target", "target_revision",
            "period_lock");

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void movesRowsOutsideTheSupportedYearsAsideAndRefusesNewOnes(String vendor) throws SQLException {
        DataSource database = MigrationDatabases.fresh(vendor);
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            MigrationDatabases.migrateTo(c, "2");
            MigrationDatabases.insertKpis(s, 1);
            for (String period : List.of("1000-01", "1899-12", "1900-01", "2026-Q1", "2199", "2200-01", "9999")) {
                s.execute("insert into actual_value (kpi_id, period, period_start, amount, source, entered_by, entered_at, revision)"
                        + " values (1, '" + period + "', date '2026-01-01', 1, 'api', 'a', now(), 1)");
                s.execute("insert into actual_revision (kpi_id, period, revision, amount, source, changed_by, changed_at)"
                        + " values (1, '" + period + "', 1, 1, 'api', 'a', now())");
                s.execute("insert into target (kpi_id, period, period_start, amount, revision, set_by, set_at, source)"
                        + " values (1, '" + period + "', date '2026-01-01', 1, 1, 'a', now(), 'api')");
                s.execute("insert into target_revision (kpi_id, period, revision, amount, set_by, set_at, source)"
                        + " values (1, '" + period + "', 1, 1, 'a', now(), 'api')");
                s.execute("insert into period_lock (scorecard_id, period, first_month, last_month, locked_by, locked_at, snapshot)"
                        + " values (1, '" + period + "', date '2026-01-01', date '2026-01-01', 'a', now(), '{}')");
            }

            MigrationDatabases.migrateTo(c, "3");

            for (String table : TABLES) {
                assertThat(periods(s, "select period from " + table)).as(table)
                        .containsExactly("1900-01", "2026-Q1", "2199");
                assertThat(periods(s, "select period from out_of_range_" + table)).as(table)
                        .containsExactly("1000-01", "1899-12", "2200-01", "9999");
            }
            assertThatThrownBy(() -> s.execute("insert into actual_value (kpi_id, period, period_start, amount, source,"
                    + " entered_by, entered_at, revision) values (1, '2400-01', date '2026-01-01', 1, 'api', 'a', now(), 1)"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("actual_value_period_range");
        }
    }

    private static List<String> periods(Statement s, String query) throws SQLException {
        List<String> periods = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(query + " order by period")) {
            while (rs.next()) {
                periods.add(rs.getString(1));
            }
        }
        return periods;
    }
}
