package dev.fourfold.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** Empty databases of either kind for tests that migrate step by step with data of an older schema in between. */
public final class MigrationDatabases {

    private MigrationDatabases() {
    }

    /** A new, empty database: {@code h2} (in memory) or {@code postgresql} (on the embedded server). */
    public static DataSource fresh(String vendor) throws SQLException {
        String name = "migration_" + System.nanoTime();
        if (vendor.equals("h2")) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL("jdbc:h2:mem:" + name + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
            return h2;
        }
        try (Connection c = EmbeddedPostgresDatabase.server().getPostgresDatabase().getConnection();
             Statement s = c.createStatement()) {
            s.execute("create database " + name);
        }
        return EmbeddedPostgresDatabase.server().getDatabase("postgres", name);
    }

    /**
     * Inserts, with plain SQL that every schema version accepts, unit, scorecard, perspective and objective 1, and
     * KPIs 1 to {@code kpis} of that objective (codes K1, K2, …).
     */
    public static void insertKpis(Statement s, int kpis) throws SQLException {
        s.execute("""
                insert into org_unit (id, name, name_key, created_at, updated_at) values (1, 'U', 'u', now(), now());
                insert into scorecard (id, unit_id, name, name_key, method, created_at, updated_at)
                    values (1, 1, 'S', 's', 'ratio', now(), now());
                insert into perspective (id, scorecard_id, name, name_key, position) values (1, 1, 'P', 'p', 0);
                insert into objective (id, scorecard_id, perspective_id, code, code_key, name, created_at, updated_at)
                    values (1, 1, 1, 'O', 'o', 'O', now(), now())""");
        StringBuilder rows = new StringBuilder();
        for (int k = 1; k <= kpis; k++) {
            rows.append(k == 1 ? "" : ", ").append("(").append(k).append(", 1, 1, 'K").append(k).append("', 'k")
                    .append(k).append("', 'K', now(), now())");
        }
        s.execute("insert into kpi (id, objective_id, scorecard_id, code, code_key, name, created_at, updated_at) values "
                + rows);
    }

    /**
     * Migrates up to {@code version} through the test's own connection: H2 breaks the check constraints of a session
     * once it closes.
     */
    public static void migrateTo(Connection connection, String version) {
        Flyway.configure().dataSource(new SingleConnectionDataSource(connection, true))
                .locations("classpath:db/migration").target(version).load().migrate();
    }
}
