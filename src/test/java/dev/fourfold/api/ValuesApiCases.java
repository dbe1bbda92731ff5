package dev.fourfold.api;

import static dev.fourfold.api.ApiCases.assertProblem;
import static dev.fourfold.api.ApiCases.created;
import static dev.fourfold.api.ApiCases.fields;
import static dev.fourfold.api.ApiCases.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fourfold.support.Api;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Actual values and targets: single writes, atomic batches, history and revisions. */
interface ValuesApiCases extends ApiCases {

    @Test
    default void writesNothingFromABatchWithOneBadItemAndListsEveryRejectedItem() {
        long objective = scorecardWithObjective().get("objective");
        String code = unique("K");
        long id = kpi(objective, code, "");

        Api.Answer answer = api().post("/api/v1/actuals/batch", """
                {"items": [
                  {"kpiCode": "%1$s", "period": "2026-01", "value": 10},
                  {"kpiCode": "%1$s", "period": "2026-13", "value": 11},
                  {"kpiCode": "%1$s", "period": "2026-03", "value": 12},
                  {"kpiCode": "NO_SUCH_KPI", "period": "2026-04", "value": 13}
                ]}""".formatted(code));

        assertProblem(answer, 400);
        assertThat(fields(answer)).containsExactly("items[1].period", "items[3].kpiCode");
        assertThat(api().get("/api/v1/actuals?kpiId=" + id).<Integer>json("$.total")).isZero();
    }

    @Test
    default void recordsAGoodBatchAtomicallyAndCountsWhatChanged() {
        long objective = scorecardWithObjective().get("objective");
        String code = unique("K");
        long id = kpi(objective, code, "");
        String batch = """
                {"items": [
                  {"kpiCode": "%1$s", "period": "2026-01", "value": 10.50},
                  {"kpiId": %2$d, "period": "2026-02", "value": 11, "comment": "late invoice"}
                ]}""".formatted(code, id);
        Api.Answer first = api().post("/api/v1/actuals/batch", batch);
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.<Integer>json("$.created")).isEqualTo(2);

        Api.Answer again = api().post("/api/v1/actuals/batch", batch.replace("10.50", "10.75"));
        assertThat(again.<Integer>json("$.updated")).isEqualTo(1);
        assertThat(again.<Integer>json("$.unchanged")).isEqualTo(1);

        Api.Answer values = api().get("/api/v1/actuals?kpiId=" + id);
        assertThat(values.<List<Object>>json("$.items[*].value").toString()).isEqualTo("[10.75,11]");
        long first2601 = ((Number) values.json("$.items[0].id")).longValue();
        Api.Answer history = api().get("/api/v1/actuals/" + first2601 + "/history");
        assertThat(history.<List<Object>>json("$[*].value").toString()).isEqualTo("[10.5,10.75]");
        assertThat(history.<List<String>>json("$[*].changedBy")).containsOnly("admin");
        assertThat(history.<List<String>>json("$[*].source")).containsOnly("api");
    }

    @Test
    default void keepsEveryRevisionOfATargetWithItsReason() {
        long objective = scorecardWithObjective().get("objective");
        long id = kpi(objective, unique("K"), "");
        Api.Answer target = api().post("/api/v1/targets", "{\"kpiId\": " + id + ", \"period\": \"2026-03\", \"value\": 100, \"reason\": \"Budget\"}");
        long targetId = created(target);
        Api.Answer revised = api().put("/api/v1/targets/" + targetId, "{\"value\": 110, \"reason\": \"Q1 review\", \"version\": 0}");
        assertThat(revised.<Integer>json("$.revision")).isEqualTo(2);

        Api.Answer revisions = api().get("/api/v1/targets/revisions?kpiId=" + id + "&period=2026-03");
        assertThat(revisions.<List<Object>>json("$[*].value").toString()).isEqualTo("[100,110]");
        assertThat(revisions.<List<String>>json("$[*].reason")).containsExactly("Budget", "Q1 review");
    }

    @Test
    default void phasesAnAnnualTargetOverTheMonthsOfAFlowAndRepeatsItForARate() {
        long objective = scorecardWithObjective().get("objective");
        long flow = kpi(objective, unique("FLOW"), "");
        long rate = kpi(objective, unique("RATE"), "\"aggregation\": \"average\"");
        Api.Answer phased = api().post("/api/v1/targets/phase", "{\"kpiId\": " + flow + ", \"year\": \"2027\", \"total\": 1000}");
        assertThat(phased.status()).as(phased.body()).isEqualTo(200);
        assertThat(phased.<Integer>json("$.created")).isEqualTo(12);
        List<Object> values = api().get("/api/v1/targets?kpiId=" + flow + "&size=20").json("$.items[*].value");
        assertThat(values.stream().map(v -> new java.math.BigDecimal(v.toString())).reduce(java.math.BigDecimal.ZERO,
                java.math.BigDecimal::add)).isEqualByComparingTo("1000");
        assertThat(api().get("/api/v1/targets/revisions?kpiId=" + flow + "&period=2027-01").<List<String>>json("$[*].reason").get(0))
                .contains("annual target 1000");

        api().post("/api/v1/targets/phase", "{\"kpiId\": " + rate + ", \"year\": \"2027\", \"total\": 95}");
        assertThat(api().get("/api/v1/targets?kpiId=" + rate + "&size=20").<List<Object>>json("$.items[*].value").toString())
                .isEqualTo("[95,95,95,95,95,95,95,95,95,95,95,95]");
        Api.Answer bad = api().post("/api/v1/targets/phase", "{\"kpiId\": " + flow + ", \"year\": \"2027-Q1\", \"total\": 5}");
        assertProblem(bad, 400);
        assertThat(fields(bad)).containsExactly("year");
    }

    @Test
    default void refusesATargetBatchWithAStaleVersionAndWritesNothing() {
        long objective = scorecardWithObjective().get("objective");
        String code = unique("K");
        long id = kpi(objective, code, "");
        created(api().post("/api/v1/targets", "{\"kpiId\": " + id + ", \"period\": \"2026-03\", \"value\": 100}"));
        Api.Answer answer = api().post("/api/v1/targets/batch", """
                {"items": [
                  {"kpiCode": "%1$s", "period": "2026-04", "value": 5},
                  {"kpiCode": "%1$s", "period": "2026-03", "value": 7, "version": 3}
                ]}""".formatted(code));
        assertProblem(answer, 400);
        assertThat(fields(answer)).containsExactly("items[1].version");
        assertThat(api().get("/api/v1/targets?kpiId=" + id).<Integer>json("$.total")).isEqualTo(1);
    }

    @Test
    default void refusesAPeriodThatDoesNotMatchTheKpisFrequency() {
        long objective = scorecardWithObjective().get("objective");
        long id = kpi(objective, unique("Q"), "\"frequency\": \"quarterly\"");
        Api.Answer answer = api().post("/api/v1/actuals", "{\"kpiId\": " + id + ", \"period\": \"2026-03\", \"value\": 1}");
        assertProblem(answer, 400);
        assertThat(answer.<String>json("$.errors[0].message")).contains("quarterly").contains("2026-Q1");
        assertThat(api().post("/api/v1/actuals", "{\"kpiId\": " + id + ", \"period\": \"2026-Q1\", \"value\": 1}").status()).isEqualTo(201);
    }

    @Test
    default void refusesValuesForACalculatedKpi() {
        long objective = scorecardWithObjective().get("objective");
        String input = unique("IN");
        kpi(objective, input, "");
        long calc = kpi(objective, unique("CALC"), "\"formula\": \"" + input + " / 2\"");
        Api.Answer answer = api().post("/api/v1/actuals", "{\"kpiId\": " + calc + ", \"period\": \"2026-01\", \"value\": 1}");
        assertProblem(answer, 400);
        assertThat(answer.<String>json("$.errors[0].message")).contains("formula");
    }

    @Test
    default void refusesASecondValueForTheSamePeriodPointingToTheExistingOne() {
        long objective = scorecardWithObjective().get("objective");
        long id = kpi(objective, unique("K"), "");
        long existing = created(api().post("/api/v1/actuals", "{\"kpiId\": " + id + ", \"period\": \"2026-01\", \"value\": 1}"));
        Api.Answer answer = api().post("/api/v1/actuals", "{\"kpiId\": " + id + ", \"period\": \"2026-01\", \"value\": 2}");
        assertProblem(answer, 409);
        assertThat(answer.<String>json("$.detail")).contains("/api/v1/actuals/" + existing);
    }

    @Test
    default void recordsEveryChangeInTheChangeLogWithOldAndNewValues() {
        long objective = scorecardWithObjective().get("objective");
        long id = kpi(objective, unique("K"), "");
        long actual = created(api().post("/api/v1/actuals", "{\"kpiId\": " + id + ", \"period\": \"2026-01\", \"value\": 1}"));
        assertThat(api().put("/api/v1/actuals/" + actual, "{\"value\": 2, \"comment\": \"corrected\", \"version\": 0}").status())
                .isEqualTo(200);

        Api.Answer changes = api().get("/api/v1/changes?entity=actual&entityId=" + actual);
        assertThat(changes.<List<String>>json("$.items[?(@.field == 'value')].oldValue")).contains("1");
        assertThat(changes.<List<String>>json("$.items[?(@.field == 'value')].newValue")).contains("2");
        assertThat(changes.<List<String>>json("$.items[*].actor")).containsOnly("admin");
    }
}
