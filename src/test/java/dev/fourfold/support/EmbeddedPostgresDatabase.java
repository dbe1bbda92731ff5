package dev.fourfold.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.test.context.DynamicPropertyRegistry;

/** One real PostgreSQL server per test JVM, started on first use and stopped when the JVM ends. */
public final class EmbeddedPostgresDatabase {

    private static EmbeddedPostgres server;

    private EmbeddedPostgresDatabase() {
    }

    public static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("could not start the embedded PostgreSQL server", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException ignored) {
                    // the JVM is ending; the temporary data directory goes with it
                }
            }));
        }
        return server;
    }

    /** Points the application's data source at the embedded server. */
    public static void register(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> server().getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
    }
}
