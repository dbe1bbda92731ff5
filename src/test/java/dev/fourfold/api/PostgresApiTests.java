package dev.fourfold.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fourfold.support.EmbeddedPostgresDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The API test cases on a real PostgreSQL server. */
class PostgresApiTests extends ApiContract implements StrategyApiCases, ValuesApiCases, ErrorCases, EdgeCases, DemoCompanyCases,
        EvaluationApiCases, PeriodLockApiCases, DaysAndWeeksApiCases,
        HiddenDataCases {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresDatabase.register(registry);
    }

    @Autowired
    JdbcClient jdbc;

    @Test
    void runsOnPostgreSql() {
        assertThat(jdbc.sql("select version()").query(String.class).single()).startsWith("PostgreSQL");
    }
}
