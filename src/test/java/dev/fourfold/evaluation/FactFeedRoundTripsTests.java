package dev.fourfold.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.jayway.jsonpath.JsonPath;
import dev.fourfold.security.TokenService;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.ChangeSource;
import dev.fourfold.support.CountingDataSource;
import dev.fourfold.support.TestClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The database round trips of a page of the BI feed: a fixed number per scorecard on the page, however many facts
 * it holds, since the facts come from the kept model and its evaluation trees, not from a query each.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({TestClock.class, CountingDataSource.class})
class FactFeedRoundTripsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TokenService tokens;

    @Autowired
    CountingDataSource.Counts counts;

    @Test
    void readsAPageOfAThousandFactsInAsManyStatementsAsAPageOfTen() throws Exception {
        String token = tokens.create(Actor.user("admin", ChangeSource.API), "feed round trips", "read",
                TestClock.NOW.plus(Duration.ofDays(30))).secret();
        String uri = "/api/v1/facts?scorecardId=1&from=2025&to=2026&size=";

        int ten = statements(uri + 10, token, 10);
        int thousand = statements(uri + 1000, token, 1000);

        assertThat(thousand).isEqualTo(ten).isLessThanOrEqualTo(10);
    }

    /** The statements of a repeated request (the first compiles the model and records the token's use). */
    private int statements(String uri, String token, int facts) throws Exception {
        request(uri, token);
        counts.reset();
        List<Object> items = JsonPath.read(request(uri, token), "$.items");
        assertThat(items).hasSize(facts);
        return counts.statements();
    }

    private String request(String uri, String token) throws Exception {
        var response = mvc.perform(get(uri).header("Authorization", "Bearer " + token)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
