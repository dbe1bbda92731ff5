package dev.fourfold.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import dev.fourfold.security.TokenService;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.ChangeSource;
import dev.fourfold.support.CountingDataSource;
import dev.fourfold.support.TestClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The database round trips of a repeated evaluation request with an API token, once its model is kept: the token
 * with its holder and administrator flag in one query, then the model's version counters (which also vouch for the
 * period locks kept with it); a reader's grants add one more. Each round trip takes its own connection from the
 * pool, and none opens a transaction.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({TestClock.class, CountingDataSource.class})
class EvaluationRoundTripsTests {

    private static final Actor ADMIN = Actor.user("admin", ChangeSource.API);

    @Autowired
    MockMvc mvc;

    @Autowired
    TokenService tokens;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CountingDataSource.Counts counts;

    @Test
    void readsTheTokenAndTheVersionsOfAnAdministratorsRequestInTwoStatements() throws Exception {
        String token = tokens.create(ADMIN, "round trips", "read", TestClock.NOW.plus(Duration.ofDays(30))).secret();

        assertThat(repeatedRequest(token)).isEqualTo(2);
    }

    @Test
    void readsTheReadersGrantsInAThirdStatement() throws Exception {
        String token = tokens.create(Actor.user("viewer", ChangeSource.API), "round trips", "read",
                TestClock.NOW.plus(Duration.ofDays(30))).secret();

        assertThat(repeatedRequest(token)).isEqualTo(3);
    }

    /** The statements of the third of three equal requests (the first compiles the model and records the use). */
    private int repeatedRequest(String token) throws Exception {
        String uri = "/api/v1/scorecards/" + groupScorecard() + "/evaluation?period=2026-10";
        for (int i = 0; i < 2; i++) {
            assertThat(mvc.perform(get(uri).header("Authorization", "Bearer " + token)).andReturn().getResponse()
                    .getStatus()).isEqualTo(200);
        }
        counts.reset();
        assertThat(mvc.perform(get(uri).header("Authorization", "Bearer " + token)).andReturn().getResponse()
                .getStatus()).isEqualTo(200);
        assertThat(counts.connections()).isEqualTo(counts.statements());
        return counts.statements();
    }

    private long groupScorecard() {
        return jdbc.sql("select min(id) from scorecard").query(Long.class).single();
    }
}
