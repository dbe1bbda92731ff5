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
     * Migrates up to {@code version} through the test's own connection: H2 breaks the check constraints of a session
     * once it closes.
     */
    public static void migrateTo(Connection connection, String version) {
        Flyway.configure().dataSource(new SingleConnectionDataSource(connection, true))
                .locations("classpath:db/migration").target(version).load().migrate();
    }
}
