package dev.fourfold.api;

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
 * Base of the API tests: the whole application with the demo company (fixed clock), driven through MockMvc. Each
 * concrete subclass picks a database, so every test runs on H2 and on PostgreSQL.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestClock.class)
abstract class ApiContract implements ApiCases {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient database;

    private Api api;

    @BeforeEach
    void client() {
        api = new Api(mvc);
    }

    public Api api() {
        return api;
    }

    public JdbcClient jdbc() {
        return database;
    }
}
