package dev.fourfold.connector;

import dev.fourfold.support.Api;
import dev.fourfold.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The application with the demo company on H2 (fixed clock), a key for stored passwords, and the ERP's password in
 * a variable; connectors read the ERP, a second database in the embedded PostgreSQL server.
 */
@SpringBootTest(properties = {"fourfold.connectors.key=a-test-key-of-more-than-32-characters",
        "ERP_TEST_PASSWORD=erp-secret", "fourfold.connectors.schedule=false"})
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestClock.class)
abstract class ConnectorContext {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    Api api;

    @BeforeEach
    void client() {
        api = new Api(mvc);
    }

    /** A connector reading the ERP as its read-only account, with the given queries (JSON) and cron. */
    Api.Answer create(String name, String queries, String batchQuery) {
        return api.post("/api/v1/connectors", """
                {"name": "%s", "jdbcUrl": "%s", "username": "erp_reader", "passwordEnv": "ERP_TEST_PASSWORD",
                 "cron": "0 0 6 * * *", "queries": %s, "batchQuery": %s}
                """.formatted(name, Erp.url(), queries, batchQuery == null ? "null" : "\"" + batchQuery + "\""));
    }

    static String query(String kpi, String sql) {
        return "[{\"kpiCode\": \"" + kpi + "\", \"sql\": \"" + sql + "\"}]";
    }

    java.math.BigDecimal value(String kpi, String period) {
        return jdbc.sql("select amount from actual_value a join kpi k on k.id = a.kpi_id where k.code = :k and a.period = :p")
                .param("k", kpi).param("p", period).query(java.math.BigDecimal.class).optional().orElse(null);
    }

    String source(String kpi, String period) {
        return jdbc.sql("select source from actual_value a join kpi k on k.id = a.kpi_id where k.code = :k and a.period = :p")
                .param("k", kpi).param("p", period).query(String.class).optional().orElse(null);
    }
}
