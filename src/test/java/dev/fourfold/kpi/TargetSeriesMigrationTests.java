package dev.fourfold.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fourfold.support.MigrationDatabases;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The migration that keeps budgets and stretch targets in the target tables, on a database holding targets. */
class TargetSeriesMigrationTests {

    private static final String TARGET = "insert into target (kpi_id, period, period_start, amount, revision, set_by,"
            + " set_at, source%s) values (1, '2026-03', date '2026-03-01', %s, 1, 'a', now(), 'api'%s)";
    private static final String REVISION = "insert into target_revision (kpi_id, period, revision, amount, set_by,"
            + " set_at, source%s) values (1, '2026-03', 1, %s, 'a', now(), 'api'%s)";

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void makesEveryStoredTargetATargetAndLetsEachSeriesHoldThePeriodOnce(String vendor) throws SQLException {
        try (Connection c = MigrationDatabases.fresh(vendor).getConnection(); Statement s = c.createStatement()) {
            MigrationDatabases.migrateTo(c, "7");
            MigrationDatabases.insertKpis(s, 1);
            s.execute(TARGET.formatted("", "110", ""));
            s.execute(REVISION.formatted("", "110", ""));

            MigrationDatabases.migrateTo(c, "9");

            assertThat(text(s, "select series from target")).isEqualTo("target");
            assertThat(text(s, "select series from target_revision")).isEqualTo("target");
            s.execute(TARGET.formatted(", series", "100", ", 'budget'"));
            s.execute(REVISION.formatted(", series", "100", ", 'budget'"));
            s.execute(TARGET.formatted(", series", "120", ", 'stretch'"));
            assertThat(text(s, "select count(*) from target where kpi_id = 1 and period = '2026-03'")).isEqualTo("3");
            assertThatThrownBy(() -> s.execute(TARGET.formatted(", series", "90", ", 'budget'")))
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> s.execute(REVISION.formatted(", series", "90", ", 'budget'")))
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> s.execute(TARGET.formatted(", series", "90", ", 'forecast'")))
                    .isInstanceOf(SQLException.class);
        }
    }

    private static String text(Statement s, String query) throws SQLException {
        try (ResultSet rs = s.executeQuery(query)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
