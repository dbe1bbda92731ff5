package dev.fourfold.api;

import static dev.fourfold.api.ApiCases.created;
import static dev.fourfold.api.ApiCases.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import dev.fourfold.support.Api;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Evaluations answered from kept trees: the same JSON as a fresh one, one tree per period, view and explain flag,
 * and a revoked grant or token refused on the very next request although the tree is kept.
 */
interface EvaluationAccessCases extends ApiCases {

    private String scorecardWithValue() {
        Map<String, Long> ids = scorecardWithObjective();
        long kpi = kpi(ids.get("objective"), unique("K"), "\"target\": 200");
        created(api().post("/api/v1/actuals", "{\"kpiId\": " + kpi + ", \"period\": \"2026-03\", \"value\": 150}"));
        return "/api/v1/scorecards/" + ids.get("scorecard") + "/evaluation?period=2026-03";
    }

    @Test
    default void answersAKeptTreeWithTheJsonOfAFreshOne() {
        String uri = scorecardWithValue();
        Api.Answer first = api().get(uri);
        Api.Answer kept = api().get(uri);
        assertThat(kept.status()).isEqualTo(200);
        assertThat(kept.contentType()).isEqualTo("application/json");
        assertThat(kept.body()).isEqualTo(first.body());
        assertThat((Object) kept.json("$.perspectives[0].objectives[0].kpis[0].score")).hasToString("75");
    }

    @Test
    default void keepsOneTreePerPeriodViewAndExplanation() {
        String uri = scorecardWithValue();
        api().get(uri);
        assertThat((String) api().get(uri + "&view=ytd").json("$.view")).isEqualTo("ytd");
        assertThat((String) api().get(uri.replace("2026-03", "2026-Q1")).json("$.period")).isEqualTo("2026-Q1");
        assertThat(api().get(uri + "&explain=true").body()).contains("\"explanation\":{");
        assertThat(api().get(uri).body()).contains("\"explanation\":null").doesNotContain("\"explanation\":{");
    }

    @Test
    default void refusesAKeptTreeOnTheRequestAfterItsGrantIsRevoked() {
        String uri = scorecardWithValue();
        long scorecard = Long.parseLong(uri.split("/")[4]);
        String reader = unique("reader").toLowerCase();
        long userId = created(api().post("/api/v1/users", "{\"username\": \"" + reader
                + "\", \"password\": \"a-long-password-1\"}"));
        long grant = created(api().post("/api/v1/grants", "{\"userId\": " + userId + ", \"scorecardId\": " + scorecard
                + ", \"role\": \"VIEWER\"}"));
        assertThat(api().as(reader).get(uri).status()).isEqualTo(200);
        assertThat(api().as(reader).get(uri).status()).as("kept").isEqualTo(200);
        assertThat(api().delete("/api/v1/grants/" + grant).status()).isEqualTo(204);
        assertThat(api().as(reader).get(uri).status()).isEqualTo(404);
        assertThat(api().get(uri).status()).as("still kept for others").isEqualTo(200);
    }

    @Test
    default void refusesARevokedTokenOnTheNextRequest() {
        String uri = scorecardWithValue();
        Api.Answer token = api().post("/api/v1/me/tokens", "{\"name\": \"" + unique("t") + "\", \"scope\": \"read\", "
                + "\"expiresAt\": \"" + java.time.Instant.now().plusSeconds(86_400) + "\"}");
        assertThat(token.status()).as(token.body()).isEqualTo(201);
        Api bearer = api().anonymous();
        String header = "Bearer " + token.json("$.secret");
        assertThat(bearer.send(get(uri).header("Authorization", header)).status()).isEqualTo(200);
        assertThat(bearer.send(get(uri).header("Authorization", header)).status()).as("kept").isEqualTo(200);
        Number id = token.json("$.token.id");
        assertThat(api().delete("/api/v1/me/tokens/" + id).status()).isEqualTo(204);
        assertThat(bearer.send(get(uri).header("Authorization", header)).status()).isEqualTo(401);
    }
}
