package dev.fourfold.api;

import static dev.fourfold.api.ApiCases.created;
import static dev.fourfold.api.ApiCases.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fourfold.support.Api;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Evaluations come from a kept model, yet every kind of write that changes a score shows at once: each case
 * evaluates twice (the second from the warm model), writes through the API, and evaluates again.
 */
interface EvaluationCacheCases extends ApiCases {

    /** A scorecard with one KPI of target 200 and a value of 150 in 2026-03: score 75. */
    record Card(Map<String, Long> ids, String code, long kpi, long actual, String uri) {
    }

    default Card card() {
        Map<String, Long> ids = scorecardWithObjective();
        String code = unique("K");
        long kpi = kpi(ids.get("objective"), code, "\"target\": 200");
        long actual = created(api().post("/api/v1/actuals", "{\"kpiId\": " + kpi + ", \"period\": \"2026-03\", \"value\": 150}"));
        Card card = new Card(ids, code, kpi, actual, "/api/v1/scorecards/" + ids.get("scorecard") + "/evaluation?period=2026-03");
        assertThat(score(card.uri(), code)).isEqualTo("75");
        assertThat(score(card.uri(), code)).as("from the warm model").isEqualTo("75");
        return card;
    }

    /** The score of a KPI in an evaluation, as text; "null" for none. */
    default String score(String uri, String code) {
        return String.valueOf(kpiNode(api(), uri, code).get("score"));
    }

    static Map<String, Object> kpiNode(Api reader, String uri, String code) {
        Api.Answer answer = reader.get(uri);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        List<Map<String, Object>> kpis = answer.json("$.perspectives[*].objectives[*].kpis[?(@.code == '" + code + "')]");
        return kpis.get(0);
    }

    @Test
    default void showsAChangedValueAtOnce() {
        Card c = card();
        assertThat(api().put("/api/v1/actuals/" + c.actual(), "{\"value\": 210, \"version\": 0}").status()).isEqualTo(200);
        assertThat(score(c.uri(), c.code())).isEqualTo("105");
        assertThat(api().delete("/api/v1/actuals/" + c.actual() + "?version=1").status()).isEqualTo(204);
        assertThat(score(c.uri(), c.code())).isEqualTo("null");
    }

    @Test
    default void showsABatchOfValuesAtOnce() {
        Card c = card();
        assertThat(api().post("/api/v1/actuals/batch", "{\"items\": [{\"kpiCode\": \"" + c.code()
                + "\", \"period\": \"2026-03\", \"value\": 100}]}").status()).isEqualTo(200);
        assertThat(score(c.uri(), c.code())).isEqualTo("50");
    }

    @Test
    default void countsAValueFromItsApprovalOn() {
        Card c = card();
        api().put("/api/v1/actuals/" + c.actual(), "{\"value\": 180, \"state\": \"pending\", \"version\": 0}");
        assertThat(score(c.uri(), c.code())).isEqualTo("null");
        assertThat(score(c.uri(), c.code())).isEqualTo("null");
        assertThat(api().post("/api/v1/actuals/" + c.actual() + "/approve", "{}").status()).isEqualTo(200);
        assertThat(score(c.uri(), c.code())).isEqualTo("90");
    }

    @Test
    default void showsANewTargetAtOnce() {
        Card c = card();
        created(api().post("/api/v1/targets", "{\"kpiId\": " + c.kpi() + ", \"period\": \"2026-03\", \"value\": 300}"));
        assertThat(score(c.uri(), c.code())).isEqualTo("50");
    }

    @Test
    default void showsAChangedKpiDefinitionAtOnce() {
        Card c = card();
        Api.Answer changed = api().put("/api/v1/kpis/" + c.kpi(), "{\"objectiveId\": " + c.ids().get("objective")
                + ", \"code\": \"" + c.code() + "\", \"name\": \"Renamed\", \"target\": 100, \"version\": 0}");
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(score(c.uri(), c.code())).isEqualTo("150");
        assertThat(kpiNode(api(), c.uri(), c.code()).get("name")).isEqualTo("Renamed");
    }

    @Test
    default void showsALockAndItsRemovalAtOnce() {
        Card c = card();
        assertThat(kpiNode(api(), c.uri(), c.code())).isNotNull();
        assertThat(api().post("/api/v1/scorecards/" + c.ids().get("scorecard") + "/locks", "{\"period\": \"2026-03\"}")
                .status()).isEqualTo(201);
        assertThat(api().get(c.uri()).<String>json("$.lock.period")).isEqualTo("2026-03");
        assertThat(api().delete("/api/v1/scorecards/" + c.ids().get("scorecard") + "/locks/2026-03").status()).isEqualTo(204);
        assertThat(api().get(c.uri()).<Object>json("$.lock")).isNull();
        api().put("/api/v1/actuals/" + c.actual(), "{\"value\": 100, \"version\": 0}");
        assertThat(score(c.uri(), c.code())).isEqualTo("50");
    }

    @Test
    default void showsAWriteToAFormulaInputOnAnotherScorecardAtOnce() {
        Card input = card();
        Map<String, Long> reader = scorecardWithObjective();
        String twice = unique("TWICE");
        kpi(reader.get("objective"), twice, "\"formula\": \"" + input.code() + " * 2\", \"target\": 600");
        String uri = "/api/v1/scorecards/" + reader.get("scorecard") + "/evaluation?period=2026-03";
        assertThat(score(uri, twice)).isEqualTo("50");
        assertThat(score(uri, twice)).isEqualTo("50");
        api().put("/api/v1/actuals/" + input.actual(), "{\"value\": 240, \"version\": 0}");
        assertThat(score(uri, twice)).isEqualTo("80");
        created(api().post("/api/v1/targets", "{\"kpiId\": " + input.kpi() + ", \"period\": \"2026-03\", \"value\": 480}"));
        assertThat(score(input.uri(), input.code())).isEqualTo("50");
    }

    @Test
    default void showsAFormulaInputFromTheGrantThatSharesItOn() {
        Card hidden = card();
        Map<String, Long> open = scorecardWithObjective();
        String twice = unique("TWICE");
        kpi(open.get("objective"), twice, "\"formula\": \"" + hidden.code() + " * 2\", \"target\": 600");
        String bob = unique("bob").toLowerCase();
        long bobId = user(bob);
        grant(bobId, "scorecardId", open.get("scorecard"));
        String uri = "/api/v1/scorecards/" + open.get("scorecard") + "/evaluation?period=2026-03";
        assertThat(kpiNode(api().as(bob), uri, twice).get("actual")).as("withheld from bob's scorecard").isNull();
        assertThat(kpiNode(api(), uri, twice).get("actual")).as("the same for every reader").isNull();
        grant(bobId, "scorecardId", hidden.ids().get("scorecard"));
        assertThat(String.valueOf(kpiNode(api().as(bob), uri, twice).get("actual"))).isEqualTo("300");
        assertThat(String.valueOf(kpiNode(api(), uri, twice).get("actual"))).isEqualTo("300");
    }

    private long user(String name) {
        return created(api().post("/api/v1/users", "{\"username\": \"" + name + "\", \"password\": \"a-long-password-1\"}"));
    }

    private void grant(long userId, String field, long id) {
        created(api().post("/api/v1/grants", "{\"userId\": " + userId + ", \"" + field + "\": " + id
                + ", \"role\": \"VIEWER\"}"));
    }
}
