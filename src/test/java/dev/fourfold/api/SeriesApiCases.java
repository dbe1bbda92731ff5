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

/**
 * Budgets and stretch targets through the target API (the series parameter), and the budget, stretch target, prior
 * year and variances in evaluations and series.
 */
interface SeriesApiCases extends ApiCases {

    private long flow(long objective, String code) {
        return kpi(objective, code, "\"aggregation\": \"sum\", \"target\": 100");
    }

    private String budget(long kpi, String period, String value, String reason) {
        return "{\"kpiId\": " + kpi + ", \"period\": \"" + period + "\", \"value\": " + value + ", \"reason\": \""
                + reason + "\", \"series\": \"budget\"}";
    }

    @Test
    default void keepsABudgetBesideTheTargetWithItsOwnRevisions() {
        long id = flow(scorecardWithObjective().get("objective"), unique("BUD"));
        created(api().post("/api/v1/targets", "{\"kpiId\": " + id + ", \"period\": \"2026-03\", \"value\": 110}"));
        Api.Answer budget = api().post("/api/v1/targets", budget(id, "2026-03", "100", "Budget 2026"));
        long budgetId = created(budget);
        assertThat(budget.<String>json("$.series")).isEqualTo("budget");
        Api.Answer revised = api().put("/api/v1/targets/" + budgetId,
                "{\"value\": 95, \"reason\": \"Reforecast\", \"version\": 0}");
        assertThat(revised.status()).as(revised.body()).isEqualTo(200);
        assertThat(api().get("/api/v1/targets?kpiId=" + id).<List<Number>>json("$.items[*].value").toString())
                .as("without a series the list holds targets, as before").isEqualTo("[110]");
        assertThat(api().get("/api/v1/targets?kpiId=" + id + "&series=budget").<List<Number>>json("$.items[*].value")
                .toString()).isEqualTo("[95]");
        assertThat(api().get("/api/v1/targets/revisions?kpiId=" + id + "&period=2026-03&series=budget")
                .<List<String>>json("$[*].reason")).containsExactly("Budget 2026", "Reforecast");
        assertThat(api().get("/api/v1/targets/revisions?kpiId=" + id + "&period=2026-03")
                .<List<Number>>json("$[*].value").toString()).isEqualTo("[110]");
        Api.Answer changes = api().get("/api/v1/changes?entity=target&entityId=" + budgetId);
        assertThat(changes.body()).contains("series", "budget", "Reforecast");
    }

    @Test
    default void refusesASecondBudgetForThePeriodNamingTheOneToChange() {
        long id = flow(scorecardWithObjective().get("objective"), unique("BUD"));
        long first = created(api().post("/api/v1/targets", budget(id, "2026-04", "50", "Plan")));
        Api.Answer twice = api().post("/api/v1/targets", budget(id, "2026-04", "60", "Plan"));
        assertProblem(twice, 409);
        assertThat(twice.<String>json("$.detail")).contains("has a budget for 2026-04 already",
                "PUT /api/v1/targets/" + first);
        Api.Answer changeSeries = api().put("/api/v1/targets/" + first,
                "{\"value\": 1, \"version\": 0, \"series\": \"stretch\"}");
        assertProblem(changeSeries, 400);
        assertThat(fields(changeSeries)).containsExactly("series");
    }

    @Test
    default void recordsTargetsBudgetsAndStretchTargetsOfOnePeriodInOneBatch() {
        long id = flow(scorecardWithObjective().get("objective"), unique("BUD"));
        Api.Answer batch = api().post("/api/v1/targets/batch", "{\"items\": ["
                + "{\"kpiId\": " + id + ", \"period\": \"2026-05\", \"value\": 100},"
                + "{\"kpiId\": " + id + ", \"period\": \"2026-05\", \"value\": 90, \"series\": \"budget\"},"
                + "{\"kpiId\": " + id + ", \"period\": \"2026-05\", \"value\": 120, \"series\": \"stretch\"}]}");
        assertThat(batch.status()).as(batch.body()).isEqualTo(200);
        assertThat(batch.<Integer>json("$.created")).isEqualTo(3);
        Api.Answer twice = api().post("/api/v1/targets/batch", "{\"items\": ["
                + "{\"kpiId\": " + id + ", \"period\": \"2026-06\", \"value\": 1, \"series\": \"budget\"},"
                + "{\"kpiId\": " + id + ", \"period\": \"2026-06\", \"value\": 2, \"series\": \"budget\"},"
                + "{\"kpiId\": " + id + ", \"period\": \"2026-07\", \"value\": 2, \"series\": \"forecast\"}]}");
        assertProblem(twice, 400);
        assertThat(fields(twice)).containsExactly("items[1].period", "items[2].series");
        assertThat(twice.<String>json("$.detail")).contains("(budget) appears twice");
        assertThat(twice.body()).contains("expected target, budget or stretch");
        assertThat(api().get("/api/v1/targets?kpiId=" + id + "&series=budget").<Integer>json("$.total")).isEqualTo(1);
        assertProblem(api().get("/api/v1/targets?kpiId=" + id + "&series=plan"), 400);
    }

    @Test
    default void phasesAnAnnualBudgetWithoutTouchingTheTargets() {
        long id = flow(scorecardWithObjective().get("objective"), unique("BUD"));
        Api.Answer phased = api().post("/api/v1/targets/phase",
                "{\"kpiId\": " + id + ", \"year\": \"2027\", \"total\": 1200, \"series\": \"budget\"}");
        assertThat(phased.status()).as(phased.body()).isEqualTo(200);
        assertThat(phased.<Integer>json("$.created")).isEqualTo(12);
        assertThat(api().get("/api/v1/targets?kpiId=" + id + "&series=budget&size=20").<Integer>json("$.total"))
                .isEqualTo(12);
        assertThat(api().get("/api/v1/targets?kpiId=" + id).<Integer>json("$.total")).isZero();
        assertThat(api().get("/api/v1/targets/revisions?kpiId=" + id + "&period=2027-01&series=budget")
                .<List<String>>json("$[*].reason")).containsExactly("Phased from the annual budget 1200 for 2027");
    }

    @Test
    default void answersTheBudgetStretchPriorYearAndVariancesInEvaluationsAndSeries() {
        Map<String, Long> sc = scorecardWithObjective();
        long id = flow(sc.get("objective"), unique("BUD"));
        api().post("/api/v1/actuals/batch", "{\"items\": [{\"kpiId\": " + id + ", \"period\": \"2025-03\", \"value\": 95},"
                + "{\"kpiId\": " + id + ", \"period\": \"2026-03\", \"value\": 104.5}]}");
        api().post("/api/v1/targets/batch", "{\"items\": ["
                + "{\"kpiId\": " + id + ", \"period\": \"2026-03\", \"value\": 110},"
                + "{\"kpiId\": " + id + ", \"period\": \"2026-03\", \"value\": 100, \"series\": \"budget\"},"
                + "{\"kpiId\": " + id + ", \"period\": \"2026-03\", \"value\": 115, \"series\": \"stretch\"}]}");
        Api.Answer evaluation = api().get("/api/v1/scorecards/" + sc.get("scorecard") + "/evaluation?period=2026-03");
        String kpi = "$.perspectives[0].objectives[0].kpis[0].";
        assertThat(evaluation.<Number>json(kpi + "score").doubleValue()).isEqualTo(95);
        assertThat(evaluation.<Number>json(kpi + "budget").doubleValue()).isEqualTo(100);
        assertThat(evaluation.<Number>json(kpi + "budgetVariance").doubleValue()).isEqualTo(4.5);
        assertThat(evaluation.<Number>json(kpi + "budgetVariancePercent").doubleValue()).isEqualTo(4.5);
        assertThat(evaluation.<Number>json(kpi + "stretch").doubleValue()).isEqualTo(115);
        assertThat(evaluation.<Number>json(kpi + "targetVariancePercent").doubleValue()).isEqualTo(-5);
        assertThat(evaluation.<Number>json(kpi + "priorYear").doubleValue()).isEqualTo(95);
        assertThat(evaluation.<Number>json(kpi + "priorYearVariancePercent").doubleValue()).isEqualTo(10);
        Api.Answer series = api().get("/api/v1/kpis/" + id + "/series?from=2026-02&to=2026-03");
        assertThat(series.<Number>json("$.points[1].budget").doubleValue()).isEqualTo(100);
        assertThat(series.<Number>json("$.points[1].priorYearVariance").doubleValue()).isEqualTo(9.5);
        assertThat(series.<Object>json("$.points[0].budget")).as("no budget for February").isNull();
    }

    @Test
    default void letsOnlyScorecardOwnersSetBudgets() {
        long rev = ((Number) api().get("/api/v1/kpis?scorecardId=1&size=100").<List<Number>>json(
                "$.items[?(@.code == 'REV')].id").get(0)).longValue();
        long sRev = ((Number) api().get("/api/v1/kpis?scorecardId=3&size=100").<List<Number>>json(
                "$.items[?(@.code == 'S_REV')].id").get(0)).longValue();
        assertProblem(api().as("viewer").post("/api/v1/targets", budget(rev, "2029-01", "1", "Plan")), 403);
        assertProblem(api().as("steward").post("/api/v1/targets", budget(sRev, "2029-01", "1", "Plan")), 403);
        assertThat(api().as("owner").post("/api/v1/targets", budget(rev, "2029-01", "1", "Plan")).status())
                .isEqualTo(201);
        assertThat(api().get("/api/v1/targets?kpiId=" + rev + "&series=budget&from=2029-01&to=2029-01")
                .<Integer>json("$.total")).isEqualTo(1);
    }

    @Test
    default void refusesABudgetInALockedPeriod() {
        Map<String, Long> sc = scorecardWithObjective();
        long id = flow(sc.get("objective"), unique("BUD"));
        assertThat(api().post("/api/v1/scorecards/" + sc.get("scorecard") + "/locks", "{\"period\": \"2025-Q1\"}")
                .status()).isEqualTo(201);
        Api.Answer locked = api().post("/api/v1/targets", budget(id, "2025-02", "10", "Late"));
        assertProblem(locked, 409);
        assertThat(locked.<String>json("$.type")).endsWith("/locked");
        assertThat(api().get("/api/v1/targets?kpiId=" + id + "&series=budget").<Integer>json("$.total")).isZero();
    }

    @Test
    default void showsTheDemoCompanysRevenueBudget() {
        long rev = ((Number) api().get("/api/v1/kpis?scorecardId=1&size=100").<List<Number>>json(
                "$.items[?(@.code == 'REV')].id").get(0)).longValue();
        assertThat(api().get("/api/v1/targets?kpiId=" + rev + "&series=budget&from=2026-10&to=2026-10")
                .<Integer>json("$.total")).isEqualTo(1);
        Api.Answer evaluation = api().get("/api/v1/scorecards/1/evaluation?period=2026-10");
        assertThat(evaluation.<List<Object>>json("$..kpis[?(@.code == 'REV')].budget")).doesNotContainNull();
        assertThat(evaluation.<List<Object>>json("$..kpis[?(@.code == 'REV')].priorYear")).doesNotContainNull();
    }
}
