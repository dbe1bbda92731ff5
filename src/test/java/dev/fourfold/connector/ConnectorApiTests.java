package dev.fourfold.connector;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fourfold.support.Api;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Connectors over the API, reading the ERP: define, test without writing, run, and every error named. */
class ConnectorApiTests extends ConnectorContext {

    @Test
    void recordsTheValueOfAKpiQueryWithTheSourceConnectorInTheChangeLog() {
        String kpi = newKpi();
        Erp.sql("insert into revenue values ('%1$s', '2026-11-02', 700.25), ('%1$s', '2026-11-09', 300), "
                .formatted(kpi) + "('%s', '2026-09-30', 5)".formatted(kpi));
        Api.Answer created = create("ERP revenue", query(kpi, revenue(kpi)), null);
        assertThat(created.status()).as(created.body()).isEqualTo(201);

        Api.Answer run = api.post("/api/v1/connectors/" + created.id() + "/run", "");

        assertThat(run.status()).as(run.body()).isEqualTo(200);
        assertThat(run.<String>json("$.status")).as(run.body()).isEqualTo("ok");
        assertThat(run.<Integer>json("$.created")).isEqualTo(1);
        assertThat(run.<String>json("$.trigger")).isEqualTo("manual");
        assertThat(value(kpi, "2026-11")).isEqualByComparingTo("1000.25");
        assertThat(source(kpi, "2026-11")).isEqualTo("connector");
        assertThat(jdbc.sql("select count(*) from change_log where source = 'connector' and entity = 'actual'")
                .query(Long.class).single()).isPositive();
        Api.Answer runs = api.get("/api/v1/connectors/" + created.id() + "/runs");
        assertThat(runs.<List<String>>json("$[*].status")).containsExactly("ok");

        Api.Answer again = api.post("/api/v1/connectors/" + created.id() + "/run", "");
        assertThat(again.<Integer>json("$.created") + again.<Integer>json("$.updated")).isZero();
    }

    @Test
    void recordsTheRowsOfAQueryForManyKpis() {
        String margin = newKpi();
        String util = newKpi();
        Erp.sql("insert into kpi_values values ('%s', '2026-11', 33.5), ('%s', '2026-11', 74)"
                .formatted(margin, util.toLowerCase(java.util.Locale.ROOT)));
        Api.Answer created = create("ERP many", "[]", "select kpi_code, period, value from kpi_values "
                + "where upper(kpi_code) in ('" + margin + "', '" + util + "')");

        Api.Answer run = api.post("/api/v1/connectors/" + created.id() + "/run", "");

        assertThat(run.<String>json("$.status")).as(run.body()).isEqualTo("ok");
        assertThat(value(margin, "2026-11")).isEqualByComparingTo("33.5");
        assertThat(value(util, "2026-11")).isEqualByComparingTo("74");
        assertThat(source(util, "2026-11")).isEqualTo("connector");
    }

    @Test
    void testsWhatWouldBeRecordedAndWritesNothing() {
        String kpi = newKpi();
        Erp.sql("insert into kpi_values values ('" + kpi + "', '2026-11', 5.5)");
        Api.Answer created = create("ERP test", "[]", "select kpi_code, period, value from kpi_values "
                + "where kpi_code = '" + kpi + "'");

        Api.Answer test = api.post("/api/v1/connectors/" + created.id() + "/test", "");

        assertThat(test.status()).as(test.body()).isEqualTo(200);
        assertThat(test.<List<String>>json("$.values[*].change")).containsExactly("new");
        assertThat(test.<Integer>json("$.created")).isEqualTo(1);
        assertThat(value(kpi, "2026-11")).as("a test writes nothing").isNull();
        assertThat(api.get("/api/v1/connectors/" + created.id() + "/runs").<List<Object>>json("$")).isEmpty();
    }

    @Test
    void neverAnswersAPasswordAndStoresItEncrypted() {
        Api.Answer created = api.post("/api/v1/connectors", """
                {"name": "Stored", "jdbcUrl": "%s", "username": "erp_reader", "password": "erp-secret",
                 "cron": "30 6 * * *", "queries": %s}
                """.formatted(Erp.url(), query("S_REV", revenue("S_REV"))));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.body()).doesNotContain("erp-secret");
        assertThat(created.<Boolean>json("$.passwordStored")).isTrue();
        assertThat(created.<String>json("$.cron")).isEqualTo("0 30 6 * * *");
        String stored = jdbc.sql("select password_secret from connector where id = :id").param("id", created.id())
                .query(String.class).single();
        assertThat(stored).doesNotContain("erp-secret");
        assertThat(api.post("/api/v1/connectors/" + created.id() + "/test", "").status()).isEqualTo(200);
        assertThat(api.get("/api/v1/connectors/" + created.id()).body()).doesNotContain("erp-secret", stored);
    }

    @Test
    void namesTheFieldOfABadCronARefusedUrlAndAnUnknownKpi() {
        Api.Answer bad = api.post("/api/v1/connectors", """
                {"name": "Bad", "jdbcUrl": "jdbc:mysql://erp/db?allowLoadLocalInfile=true", "cron": "every day",
                 "queries": [{"kpiCode": "NO_SUCH", "sql": "select 1"}]}
                """);

        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(bad.<List<String>>json("$.errors[*].field"))
                .contains("jdbcUrl", "cron", "queries[0].kpiCode");
    }

    @Test
    void answersTheDatabasesMessageForBadSqlAndNamesTextAndSeveralRows() {
        Api.Answer badSql = create("Bad SQL", query("S_REV", "select sum(amount) from no_such_table"), null);
        Api.Answer text = create("Text", query("S_REV", "select 'many' where :periodStart <= :periodEnd"), null);
        Api.Answer rows = create("Rows", query("S_REV", "select 1 union all select 1 "
                + "union all select 2 where :periodStart < :periodEnd"), null);
        Api.Answer unknown = create("Unknown", "[]", "select 'NOPE', '2026-11', 1");

        assertThat(problem(badSql)).contains("no_such_table").contains("queries[S_REV].sql");
        assertThat(problem(text)).contains("'many', which is not a number");
        assertThat(problem(rows)).contains("rows for").contains("one row with one number");
        assertThat(problem(unknown)).contains("batchQuery row 1").contains("unknown KPI code 'NOPE'");
    }

    @Test
    void refusesToWriteThroughTheReadOnlyConnection() {
        Api.Answer writer = create("Writer", "[]", "insert into kpi_values values ('S_REV', '2026-11', 1) "
                + "returning kpi_code, period, value");

        assertThat(problem(writer)).containsIgnoringCase("read-only");
    }

    @Test
    void recordsAFailedRunWithItsErrorAndWritesNothing() {
        String kpi = newKpi();
        Api.Answer created = create("Fails", "[]", "select '" + kpi + "', '2026-11', 12 union all "
                + "select '" + kpi + "', '2026-13', 1");

        Api.Answer run = api.post("/api/v1/connectors/" + created.id() + "/run", "");

        assertThat(run.<String>json("$.status")).isEqualTo("failed");
        assertThat(run.<String>json("$.error")).contains("2026-13");
        assertThat(value(kpi, "2026-11")).as("nothing of a failed run is written").isNull();
    }

    @Test
    void letsOnlyAdministratorsSeeConnectors() {
        assertThat(api.as("viewer").get("/api/v1/connectors").status()).isEqualTo(403);
        assertThat(api.get("/api/v1/connectors/999999").status()).isEqualTo(404);
    }

    private String problem(Api.Answer created) {
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        Api.Answer test = api.post("/api/v1/connectors/" + created.id() + "/test", "");
        assertThat(test.status()).as(test.body()).isEqualTo(400);
        assertThat(test.contentType()).startsWith("application/problem+json");
        return test.body();
    }
}
