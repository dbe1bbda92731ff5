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
                """.formatted(name + " " + NEXT.incrementAndGet(), Erp.url(), queries, batchQuery == null ? "null" : "\"" + batchQuery + "\""));
    }

    private static final java.util.concurrent.atomic.AtomicInteger NEXT = new java.util.concurrent.atomic.AtomicInteger();

    /**
     * A new monthly KPI in a scorecard of its own, so that what a connector records touches no other test's data
     * (the tests' H2 database is shared by every context in the JVM); returns its code.
     */
    String newKpi() {
        String code = "CX_" + NEXT.incrementAndGet() + "_" + Long.toString(System.nanoTime() % 100000, 36).toUpperCase();
        long unit = api.post("/api/v1/units", "{\"name\": \"Unit " + code + "\"}").id();
        long scorecard = api.post("/api/v1/scorecards", "{\"unitId\": " + unit + ", \"name\": \"Scorecard\"}").id();
        long perspective = ((Number) api.get("/api/v1/perspectives?scorecardId=" + scorecard).json("$.items[0].id")).longValue();
        long objective = api.post("/api/v1/objectives", "{\"perspectiveId\": " + perspective
                + ", \"code\": \"OBJ\", \"name\": \"Grow\"}").id();
        Api.Answer kpi = api.post("/api/v1/kpis", "{\"objectiveId\": " + objective + ", \"code\": \"" + code
                + "\", \"name\": \"" + code + "\"}");
        org.assertj.core.api.Assertions.assertThat(kpi.status()).as(kpi.body()).isEqualTo(201);
        return code;
    }

    /** The query of a KPI summing its account's bookings in the ERP over the period. */
    static String revenue(String kpi) {
        return "select sum(amount) from revenue where account = '" + kpi + "' and booked_on between :periodStart and :periodEnd";
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
