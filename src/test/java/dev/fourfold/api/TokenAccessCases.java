package dev.fourfold.api;

import static dev.fourfold.api.ApiCases.created;
import static dev.fourfold.api.ApiCases.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import dev.fourfold.support.Api;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Evaluations read with API tokens, whose one query also answers whether the holder is an administrator: a removed
 * administrator flag or grant, a disabled user and a revoked token are refused on the very next request, although
 * the scorecard's tree is kept.
 */
interface TokenAccessCases extends ApiCases {

    /** A user, their id and version, and the header of a read token of theirs. */
    record Holder(String username, long id, long version, String header) {
    }

    private Holder holder(boolean admin) {
        String username = unique("holder").toLowerCase();
        Api.Answer user = api().post("/api/v1/users", "{\"username\": \"" + username
                + "\", \"password\": \"a-long-password-1\", \"admin\": " + admin + "}");
        assertThat(user.status()).as(user.body()).isEqualTo(201);
        Api.Answer token = api().as(username).post("/api/v1/me/tokens", "{\"name\": \"" + unique("t")
                + "\", \"scope\": \"read\", \"expiresAt\": \"" + Instant.now().plusSeconds(86_400) + "\"}");
        assertThat(token.status()).as(token.body()).isEqualTo(201);
        return new Holder(username, user.id(), user.version(), "Bearer " + token.json("$.secret"));
    }

    private String evaluationOfANewScorecard() {
        Map<String, Long> ids = scorecardWithObjective();
        long kpi = kpi(ids.get("objective"), unique("K"), "\"target\": 200");
        created(api().post("/api/v1/actuals", "{\"kpiId\": " + kpi + ", \"period\": \"2026-03\", \"value\": 150}"));
        return "/api/v1/scorecards/" + ids.get("scorecard") + "/evaluation?period=2026-03";
    }

    private int read(String uri, Holder holder) {
        return api().anonymous().send(get(uri).header("Authorization", holder.header())).status();
    }

    private void update(Holder holder, boolean admin, boolean enabled) {
        Api.Answer changed = api().put("/api/v1/users/" + holder.id(), "{\"displayName\": \"" + holder.username()
                + "\", \"admin\": " + admin + ", \"enabled\": " + enabled + ", \"version\": " + holder.version() + "}");
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    }

    @Test
    default void refusesAnAdministratorsTokenOnTheRequestAfterTheFlagIsRemoved() {
        String uri = evaluationOfANewScorecard();
        Holder holder = holder(true);
        assertThat(read(uri, holder)).isEqualTo(200);
        assertThat(read(uri, holder)).as("kept").isEqualTo(200);
        update(holder, false, true);
        assertThat(read(uri, holder)).isEqualTo(404);
        assertThat(api().get(uri).status()).as("still kept for others").isEqualTo(200);
    }

    @Test
    default void answersATokenOnTheRequestAfterItsHolderBecomesAdministrator() {
        String uri = evaluationOfANewScorecard();
        Holder holder = holder(false);
        assertThat(read(uri, holder)).isEqualTo(404);
        update(holder, true, true);
        assertThat(read(uri, holder)).isEqualTo(200);
    }

    @Test
    default void refusesAReadersTokenOnTheRequestAfterTheGrantIsRemoved() {
        String uri = evaluationOfANewScorecard();
        Holder holder = holder(false);
        long grant = created(api().post("/api/v1/grants", "{\"userId\": " + holder.id() + ", \"scorecardId\": "
                + uri.split("/")[4] + ", \"role\": \"VIEWER\"}"));
        assertThat(read(uri, holder)).isEqualTo(200);
        assertThat(read(uri, holder)).as("kept").isEqualTo(200);
        assertThat(api().delete("/api/v1/grants/" + grant).status()).isEqualTo(204);
        assertThat(read(uri, holder)).isEqualTo(404);
    }

    @Test
    default void refusesADisabledAdministratorsTokenOnTheNextRequest() {
        String uri = evaluationOfANewScorecard();
        Holder holder = holder(true);
        assertThat(read(uri, holder)).isEqualTo(200);
        update(holder, true, false);
        assertThat(read(uri, holder)).isEqualTo(401);
    }

    @Test
    default void refusesARevokedTokenOfAReaderOnTheNextRequest() {
        String uri = evaluationOfANewScorecard();
        Holder holder = holder(true);
        assertThat(read(uri, holder)).isEqualTo(200);
        Api.Answer mine = api().as(holder.username()).get("/api/v1/me/tokens");
        Number id = mine.json("$[0].id");
        assertThat(api().as(holder.username()).delete("/api/v1/me/tokens/" + id).status()).isEqualTo(204);
        assertThat(read(uri, holder)).isEqualTo(401);
    }
}
