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

/** Evaluations, series and explanations computed from the stored values. */
interface EvaluationApiCases extends ApiCases {

    @Test
    default void scoresAndColoursEveryDemoKpiWithDataAndExplainsTheOneWithoutAValue() {
        Api.Answer evaluation = api().get("/api/v1/scorecards/3/evaluation?period=2026-10");
        assertThat(evaluation.status()).as(evaluation.body()).isEqualTo(200);
        List<Map<String, Object>> kpis = evaluation.json("$.perspectives[*].objectives[*].kpis[*]");
        assertThat(kpis).hasSizeGreaterThanOrEqualTo(13);
        assertThat(kpis).filteredOn(k -> k.get("reason") == null)
                .hasSizeGreaterThanOrEqualTo(8)
                .allSatisfy(k -> {
                    assertThat(k.get("score")).isNotNull();
                    assertThat((String) k.get("status")).isIn("red", "amber", "green", "blue");
                });
        Map<String, Object> gappy = kpis.stream().filter(k -> k.get("code").equals("S_IDEAS")).findFirst().orElseThrow();
        assertThat(gappy.get("status")).isEqualTo("none");
        assertThat(gappy.get("score")).isNull();
        assertThat((String) gappy.get("reason")).contains("2026-10");
        assertThat(kpis).filteredOn(k -> k.get("code").equals("S_RESPONSE")).extracting(k -> k.get("status")).containsExactly("red");
        Map<String, Object> pending = kpis.stream().filter(k -> k.get("code").equals("S_FCR")).findFirst().orElseThrow();
        assertThat(pending.get("status")).as("a value awaiting approval does not count").isEqualTo("none");
        assertThat(pending.get("pending")).isEqualTo(true);
        assertThat(evaluation.<String>json("$.status")).isIn("red", "amber", "green", "blue");
    }

    @Test
    default void scoresQuarterlyKpisInTheQuarterViewAndYearToDate() {
        Api.Answer quarter = api().get("/api/v1/scorecards/1/evaluation?period=2026-Q3");
        List<Map<String, Object>> kpis = quarter.json("$.perspectives[*].objectives[*].kpis[?(@.code == 'ROI')]");
        assertThat(kpis.get(0).get("score")).isNotNull();
        Api.Answer ytd = api().get("/api/v1/scorecards/1/evaluation?period=2026-10&view=ytd");
        assertThat(ytd.<String>json("$.view")).isEqualTo("ytd");
        assertThat(ytd.<Object>json("$.score")).isNotNull();
    }

    @Test
    default void recomputesTheScoreWhenAValueChangesAndCountsOnlyApprovedValues() {
        Map<String, Long> ids = scorecardWithObjective();
        long kpi = kpi(ids.get("objective"), unique("K"), "\"target\": 200");
        long actual = created(api().post("/api/v1/actuals", "{\"kpiId\": " + kpi + ", \"period\": \"2026-03\", \"value\": 150}"));
        String uri = "/api/v1/scorecards/" + ids.get("scorecard") + "/evaluation?period=2026-03";
        assertThat(api().get(uri).<Object>json("$.perspectives[0].objectives[0].kpis[0].score").toString()).isEqualTo("75");
        assertThat(api().get(uri).<String>json("$.perspectives[0].objectives[0].kpis[0].status")).isEqualTo("red");

        api().put("/api/v1/actuals/" + actual, "{\"value\": 210, \"version\": 0}");
        assertThat(api().get(uri).<Object>json("$.perspectives[0].objectives[0].kpis[0].score").toString()).isEqualTo("105");

        api().put("/api/v1/actuals/" + actual, "{\"value\": 210, \"state\": \"pending\", \"version\": 1}");
        Map<String, Object> pending = api().get(uri).<List<Map<String, Object>>>json("$.perspectives[0].objectives[0].kpis").get(0);
        assertThat(pending.get("status")).isEqualTo("none");
        assertThat(pending.get("score")).isNull();
    }

    @Test
    default void returnsAKpiSeriesWithItsForecastAndAnExplanationWithTheWorkings() {
        Api.Answer series = api().get("/api/v1/kpis/1/series?from=2025-11&to=2026-10");
        assertThat(series.<List<String>>json("$.points[*].period")).hasSize(12).startsWith("2025-11").endsWith("2026-10");
        assertThat(series.<List<Object>>json("$.forecast.points[*].period").toString()).contains("2026-11", "2026-12");
        assertThat(series.<Object>json("$.forecast.targetProbability")).isNotNull();

        Api.Answer explanation = api().get("/api/v1/kpis/1/explanation?period=2026-10");
        assertThat(explanation.<String>json("$.method")).isEqualTo("ratio");
        assertThat(explanation.<String>json("$.text")).contains("ratio");
    }

    @Test
    default void explainsEveryNodeOnRequest() {
        Api.Answer evaluation = api().get("/api/v1/scorecards/1/evaluation?period=2026-10&explain=true");
        assertThat(evaluation.<List<Object>>json("$.explanation.contributions")).hasSize(4);
        assertThat(evaluation.<String>json("$.perspectives[0].objectives[0].kpis[0].explanation.text")).isNotBlank();
    }

    @Test
    default void refusesAnUnknownPeriodOrView() {
        Api.Answer answer = api().get("/api/v1/scorecards/1/evaluation?period=2026-13&view=weekly");
        assertProblem(answer, 400);
        assertThat(fields(answer)).containsExactly("period", "view");
        assertProblem(api().get("/api/v1/scorecards/999999/evaluation"), 404);
    }

    @Test
    default void refusesPeriodsOutsideTheSupportedYearsOnEveryEndpointNamingTheField() {
        Map<String, Long> ids = scorecardWithObjective();
        String code = unique("K");
        long kpi = kpi(ids.get("objective"), code, "\"target\": 10");
        long scorecard = ids.get("scorecard");
        record Probe(Api.Answer answer, String field) {
        }
        List<Probe> probes = List.of(
                new Probe(api().get("/api/v1/scorecards/" + scorecard + "/evaluation?period=1000-01"), "period"),
                new Probe(api().get("/api/v1/scorecards/" + scorecard + "/evaluation?period=2400"), "period"),
                new Probe(api().get("/api/v1/kpis/" + kpi + "/series?from=1899-12&to=2026-01"), "from"),
                new Probe(api().get("/api/v1/kpis/" + kpi + "/series?to=9999-Q4"), "period"),
                new Probe(api().get("/api/v1/kpis/" + kpi + "/explanation?period=2200-01"), "period"),
                new Probe(api().post("/api/v1/actuals", "{\"kpiId\": " + kpi + ", \"period\": \"1000-01\", \"value\": 1}"), "period"),
                new Probe(api().post("/api/v1/actuals/batch", "{\"items\": [{\"kpiCode\": \"" + code
                        + "\", \"period\": \"2200-01\", \"value\": 1}]}"), "items[0].period"),
                new Probe(api().post("/api/v1/targets", "{\"kpiId\": " + kpi + ", \"period\": \"1899-12\", \"value\": 1}"), "period"),
                new Probe(api().get("/api/v1/actuals?kpiId=" + kpi + "&from=1000"), "from"),
                new Probe(api().post("/api/v1/targets/phase", "{\"kpiId\": " + kpi + ", \"year\": \"2400\", \"total\": 12}"), "year"),
                new Probe(api().post("/api/v1/scorecards/" + scorecard + "/locks", "{\"period\": \"2400\"}"), "period"),
                new Probe(api().delete("/api/v1/scorecards/" + scorecard + "/locks/1000"), "period"));
        for (Probe probe : probes) {
            assertProblem(probe.answer(), 400);
            assertThat(fields(probe.answer())).as(probe.answer().body()).containsExactly(probe.field());
            assertThat(probe.answer().<String>json("$.detail")).contains("supported", "1900", "2199");
        }
        assertThat(api().get("/api/v1/actuals?kpiId=" + kpi).<Integer>json("$.total")).isZero();
        assertThat(api().get("/api/v1/scorecards/" + scorecard + "/locks").<List<Object>>json("$")).isEmpty();
        assertThat(api().get("/api/v1/scorecards/" + scorecard + "/evaluation?period=1900-01").status()).isEqualTo(200);
        assertThat(api().get("/api/v1/scorecards/" + scorecard + "/evaluation?period=2199-12&view=ytd").status()).isEqualTo(200);
        assertThat(api().get("/api/v1/kpis/" + kpi + "/series?to=1900-06").status()).isEqualTo(200);
    }
}
