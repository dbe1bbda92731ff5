package dev.fourfold.connector;

import dev.fourfold.support.EmbeddedPostgresDatabase;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A second PostgreSQL database standing for a company's ERP, in the tests' embedded server: bookings of revenue
 * by account (a test's KPI code), a table of many KPIs' values, and a read-only account as the README advises.
 */
final class Erp {

    private static boolean created;

    private Erp() {
    }

    /** The JDBC URL of the ERP database, created on first use. */
    static synchronized String url() {
        EmbeddedPostgres server = EmbeddedPostgresDatabase.server();
        if (!created) {
            execute(server.getJdbcUrl("postgres", "postgres"), "drop database if exists erp", "create database erp");
            created = true;
            sql("""
                    create table revenue (account varchar(40) not null, booked_on date not null, amount numeric(12, 2) not null);
                    create table kpi_values (kpi_code varchar(40), period varchar(10), value numeric(12, 2));
                    create role erp_reader login password 'erp-secret';
                    grant select on all tables in schema public to erp_reader
                    """);
        }
        return "jdbc:postgresql://localhost:" + server.getPort() + "/erp";
    }

    /** Runs statements in the ERP as its owner (the tests' way to change the ERP's data). */
    static void sql(String statements) {
        url();
        execute(EmbeddedPostgresDatabase.server().getJdbcUrl("postgres", "erp"), statements.split(";"));
    }

    private static void execute(String url, String... statements) {
        try (Connection c = java.sql.DriverManager.getConnection(url); Statement s = c.createStatement()) {
            for (String statement : statements) {
                if (!statement.isBlank()) {
                    s.execute(statement);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
