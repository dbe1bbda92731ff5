package dev.fourfold.api;

import static dev.fourfold.api.ApiCases.assertProblem;
import static dev.fourfold.api.ApiCases.created;
import static dev.fourfold.api.ApiCases.fields;
import static dev.fourfold.api.ApiCases.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fourfold.support.Api;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Units, scorecards, perspectives, objectives and KPIs over the API. */
interface StrategyApiCases extends ApiCases {

    @Test
    default void createsEveryScorecardWithTheFourDefaultPerspectivesInOrder() {
        Map<String, Long> ids = scorecardWithObjective();
        Api.Answer perspectives = api().get("/api/v1/perspectives?scorecardId=" + ids.get("scorecard"));
        assertThat(perspectives.<List<String>>json("$.items[*].name"))
                .containsExactly("Financial", "Customer", "Internal Business Processes", "Learning & Growth");
        Api.Answer scorecard = api().get("/api/v1/scorecards/" + ids.get("scorecard"));
        assertThat(scorecard.<String>json("$.method")).isEqualTo("ratio");
        assertThat(scorecard.<String>json("$.scale")).isEqualTo("percent");
        assertThat(scorecard.<Integer>json("$.fiscalYearStart")).isEqualTo(1);
    }

    @Test
    default void refusesAStaleVersionWithConflictAndKeepsTheNewerChange() {
        long unit = created(api().post("/api/v1/units", "{\"name\": \"" + unique("Unit") + "\"}"));
        Api.Answer first = api().put("/api/v1/units/" + unit, "{\"name\": \"" + unique("Renamed") + "\", \"version\": 0}");
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.version()).isEqualTo(1);

        Api.Answer stale = api().put("/api/v1/units/" + unit, "{\"name\": \"Lost update\", \"version\": 0}");

        assertProblem(stale, 409);
        assertThat(stale.<String>json("$.detail")).contains("version 0").contains("version 1");
        assertThat(api().get("/api/v1/units/" + unit).<String>json("$.name")).isEqualTo(first.json("$.name"));
    }

    @Test
    default void refusesDeletingAPerspectiveThatHoldsObjectivesNamingThem() {
        Map<String, Long> ids = scorecardWithObjective();
        Api.Answer answer = api().delete("/api/v1/perspectives/" + ids.get("perspective"));
        assertProblem(answer, 409);
        assertThat(answer.<List<String>>json("$.references")).containsExactly("objective OBJ");
    }

    @Test
    default void refusesDeletingAKpiThatAFormulaReadsNamingTheFormula() {
        long objective = scorecardWithObjective().get("objective");
        String input = unique("IN");
        String calc = unique("CALC");
        long inputId = kpi(objective, input, "");
        kpi(objective, calc, "\"formula\": \"2 * " + input.toLowerCase() + "\"");

        Api.Answer answer = api().delete("/api/v1/kpis/" + inputId);

        assertProblem(answer, 409);
        assertThat(answer.<List<String>>json("$.references")).containsExactly("the formula of KPI " + calc);
    }

    @Test
    default void retiresAKpiWithDataInsteadOfDeletingItAndRestoresIt() {
        long objective = scorecardWithObjective().get("objective");
        long id = kpi(objective, unique("K"), "");
        created(api().post("/api/v1/actuals", "{\"kpiId\": " + id + ", \"period\": \"2026-01\", \"value\": 5}"));

        Api.Answer retired = api().delete("/api/v1/kpis/" + id);
        assertThat(retired.status()).isEqualTo(200);
        assertThat(retired.<Boolean>json("$.retired")).isTrue();
        assertThat(api().get("/api/v1/kpis?objectiveId=" + objective).<Integer>json("$.total")).isZero();
        assertThat(api().get("/api/v1/kpis?objectiveId=" + objective + "&includeRetired=true").<Integer>json("$.total")).isEqualTo(1);
        assertThat(api().get("/api/v1/actuals?kpiId=" + id).<Integer>json("$.total")).isEqualTo(1);

        Api.Answer restored = api().post("/api/v1/kpis/" + id + "/restore", "");
        assertThat(restored.<Boolean>json("$.retired")).isFalse();
    }

    @Test
    default void deletesAKpiWithoutDataOutright() {
        long objective = scorecardWithObjective().get("objective");
        long id = kpi(objective, unique("K"), "");
        assertThat(api().delete("/api/v1/kpis/" + id).status()).isEqualTo(204);
        assertThat(api().get("/api/v1/kpis/" + id).status()).isEqualTo(404);
    }

    @Test
    default void rejectsAFormulaCycleNamingItsPath() {
        long objective = scorecardWithObjective().get("objective");
        String a = unique("A");
        String b = unique("B");
        long aId = kpi(objective, a, "");
        kpi(objective, b, "\"formula\": \"" + a + " + 1\"");
        Api.Answer current = api().get("/api/v1/kpis/" + aId);

        Api.Answer answer = api().put("/api/v1/kpis/" + aId, "{\"objectiveId\": " + objective + ", \"code\": \"" + a
                + "\", \"name\": \"A\", \"formula\": \"" + b + " * 2\", \"version\": " + current.version() + "}");

        assertProblem(answer, 400);
        assertThat(answer.<List<String>>json("$.errors[*].message").toString()).contains(a).contains(b).contains("cycle");
    }

    @Test
    default void rejectsAFormulaWithASyntaxErrorGivingItsColumn() {
        long objective = scorecardWithObjective().get("objective");
        Api.Answer answer = api().post("/api/v1/kpis", "{\"objectiveId\": " + objective + ", \"code\": \"" + unique("F")
                + "\", \"name\": \"F\", \"formula\": \"(1 + \"}");
        assertProblem(answer, 400);
        assertThat(fields(answer)).contains("formula");
        assertThat(answer.<List<String>>json("$.errors[*].message").toString()).contains("column");
    }

    @Test
    default void comparesKpiCodesIgnoringCase() {
        long objective = scorecardWithObjective().get("objective");
        String code = unique("Dup");
        kpi(objective, code, "");
        Api.Answer answer = api().post("/api/v1/kpis", "{\"objectiveId\": " + objective + ", \"code\": \""
                + code.toLowerCase() + "\", \"name\": \"Again\"}");
        assertProblem(answer, 400);
        assertThat(fields(answer)).containsExactly("code");
    }

    @Test
    default void rejectsARangeKpiScoredByRatioAndAMethodOfTheOtherScale() {
        long objective = scorecardWithObjective().get("objective");
        Api.Answer range = api().post("/api/v1/kpis", "{\"objectiveId\": " + objective + ", \"code\": \"" + unique("R")
                + "\", \"name\": \"R\", \"polarity\": \"range\"}");
        assertProblem(range, 400);
        Api.Answer tenScale = api().post("/api/v1/kpis", "{\"objectiveId\": " + objective + ", \"code\": \"" + unique("T")
                + "\", \"name\": \"T\", \"method\": \"goal-redflag\"}");
        assertProblem(tenScale, 400);
        assertThat(fields(tenScale)).contains("method");
    }

    @Test
    default void retiresAnObjectiveWhoseKpisAreRetiredAndRefusesWhileTheyAreActive() {
        Map<String, Long> ids = scorecardWithObjective();
        long kpiId = kpi(ids.get("objective"), unique("K"), "");
        created(api().post("/api/v1/targets", "{\"kpiId\": " + kpiId + ", \"period\": \"2026-01\", \"value\": 5}"));

        Api.Answer blocked = api().delete("/api/v1/objectives/" + ids.get("objective"));
        assertProblem(blocked, 409);

        assertThat(api().delete("/api/v1/kpis/" + kpiId).<Boolean>json("$.retired")).isTrue();
        Api.Answer retired = api().delete("/api/v1/objectives/" + ids.get("objective"));
        assertThat(retired.status()).isEqualTo(200);
        assertThat(retired.<Boolean>json("$.retired")).isTrue();
    }

    @Test
    default void linksObjectivesOfOneScorecardOnly() {
        Map<String, Long> one = scorecardWithObjective();
        Map<String, Long> other = scorecardWithObjective();
        Api.Answer answer = api().post("/api/v1/objectives", "{\"perspectiveId\": " + one.get("perspective")
                + ", \"code\": \"O2\", \"name\": \"Two\", \"drivenBy\": [" + other.get("objective") + "]}");
        assertProblem(answer, 400);
        assertThat(fields(answer)).containsExactly("drivenBy[0]");

        Api.Answer linked = api().post("/api/v1/objectives", "{\"perspectiveId\": " + one.get("perspective")
                + ", \"code\": \"O3\", \"name\": \"Three\", \"drivenBy\": [" + one.get("objective") + "]}");
        assertThat(linked.<List<Integer>>json("$.drivenBy")).containsExactly(one.get("objective").intValue());
    }
}
