package dev.fourfold.api;

import dev.fourfold.support.EmbeddedPostgresDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The {@code status.changed} webhook through the API, on a real PostgreSQL server, with the watcher checking every
 * 200 ms: in a database of its own on the shared server, so that its watcher does not check what other tests queue.
 */
@TestPropertySource(properties = "fourfold.webhooks.status-interval=200ms")
@DirtiesContext
class PostgresStatusChangeApiTests extends ApiContract implements StatusChangeApiCases {

    private static final String DATABASE = "statuses";

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresDatabase.register(registry);
        registry.add("spring.datasource.url", PostgresStatusChangeApiTests::database);
    }

    private static synchronized String database() {
        var server = EmbeddedPostgresDatabase.server();
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
             var found = s.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
            if (!found.next()) {
                s.execute("create database " + DATABASE);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the database " + DATABASE, e);
        }
        return server.getJdbcUrl("postgres", DATABASE);
    }
}
