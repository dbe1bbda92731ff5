package dev.fourfold.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import dev.fourfold.support.CountingDataSource;
import dev.fourfold.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The database round trips of a repeated scorecard page for a signed-in person, once its model is kept: whether
 * they are an administrator (asked once per request, however many parts of the page ask), then the model's version
 * counters; a reader's grants add one more.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({TestClock.class, CountingDataSource.class})
class PageRoundTripsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CountingDataSource.Counts counts;

    @Test
    void readsTheAdministratorFlagOnceAndTheVersionsForAnAdministratorsPage() throws Exception {
        assertThat(repeatedPage("admin")).isEqualTo(2);
    }

    @Test
    void readsTheReadersGrantsInAThirdStatement() throws Exception {
        assertThat(repeatedPage("viewer")).isEqualTo(3);
    }

    /**
     * The statements of the third of three equal pages in one session (the first compiles the model and reads the
     * reader's language into the session).
     */
    private int repeatedPage(String username) throws Exception {
        String uri = "/scorecards/" + groupScorecard() + "?period=2026-10";
        MockHttpSession session = new MockHttpSession();
        for (int i = 0; i < 2; i++) {
            assertThat(mvc.perform(get(uri).with(user(username)).session(session)).andReturn().getResponse().getStatus())
                    .isEqualTo(200);
        }
        counts.reset();
        assertThat(mvc.perform(get(uri).with(user(username)).session(session)).andReturn().getResponse().getStatus())
                .isEqualTo(200);
        return counts.statements();
    }

    private long groupScorecard() {
        return jdbc.sql("select min(id) from scorecard").query(Long.class).single();
    }
}
