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
 * A scorecard includes the scorecards of units below its own: the parent's Financial perspective scores its own
 * objective (100) and the child's Financial perspective (150 of 200 = 75) alike, (100 + 75) / 2 = 87.5.
 */
interface IncludeApiCases extends ApiCases {

    /** A parent unit and scorecard scoring 100 in March, a child unit below it whose scorecard scores 75. */
    record Family(Map<String, Long> parent, Map<String, Long> child, long childKpi, long childActual, String uri) {
    }

    default Family family() {
        Map<String, Long> parent = scorecardWithObjective();
        long parentKpi = kpi(parent.get("objective"), unique("P"), "\"target\": 100");
        created(api().post("/api/v1/actuals", "{\"kpiId\": " + parentKpi + ", \"period\": \"2026-03\", \"value\": 100}"));
        Map<String, Long> child = childOf(parent.get("unit"));
        long childKpi = kpi(child.get("objective"), unique("C"), "\"target\": 200");
        long actual = created(api().post("/api/v1/actuals", "{\"kpiId\": " + childKpi + ", \"period\": \"2026-03\", \"value\": 150}"));
        return new Family(parent, child, childKpi, actual,
                "/api/v1/scorecards/" + parent.get("scorecard") + "/evaluation?period=2026-03&explain=true");
    }

    /** A unit below {@code parentUnit} with a scorecard and one objective in its Financial perspective. */
    default Map<String, Long> childOf(long parentUnit) {
        long unit = created(api().post("/api/v1/units", "{\"name\": \"" + unique("Child") + "\", \"parentId\": " + parentUnit + "}"));
        long scorecard = created(api().post("/api/v1/scorecards", "{\"unitId\": " + unit + ", \"name\": \"Child card\"}"));
        long financial = ((Number) api().get("/api/v1/perspectives?scorecardId=" + scorecard).json("$.items[0].id")).longValue();
        long objective = created(api().post("/api/v1/objectives",
                "{\"perspectiveId\": " + financial + ", \"code\": \"CO\", \"name\": \"Grow\"}"));
        return Map.of("unit", unit, "scorecard", scorecard, "perspective", financial, "objective", objective);
    }

    default Api.Answer include(Api caller, Map<String, Long> parent, long childScorecard) {
        return caller.post("/api/v1/scorecards/" + parent.get("scorecard") + "/includes",
                "{\"perspectiveId\": " + parent.get("perspective") + ", \"childScorecardId\": " + childScorecard + "}");
    }

    default Object financialScore(String uri) {
        return api().get(uri).json("$.perspectives[0].score");
    }

    @Test
    default void countsAnIncludedPerspectiveAsAWeightedChildAndShowsItsContribution() {
        Family f = family();
        assertThat(financialScore(f.uri()).toString()).isEqualTo("100");
        Api.Answer include = include(api(), f.parent(), f.child().get("scorecard"));
        assertThat(include.status()).as(include.body()).isEqualTo(201);
        assertThat(include.<String>json("$.childPerspective")).isEqualTo("Financial");

        Api.Answer evaluation = api().get(f.uri());
        assertThat(evaluation.<Object>json("$.perspectives[0].score").toString()).isEqualTo("87.5");
        Map<String, Object> node = evaluation.<List<Map<String, Object>>>json("$.perspectives[0].includes").get(0);
        assertThat(node).containsEntry("scorecard", "Child card").containsEntry("perspective", "Financial")
                .containsEntry("status", "red");
        assertThat(node.get("score").toString()).isEqualTo("75");
        String unit = (String) node.get("unit");
        assertThat(unit).startsWith("Child_");
        assertThat(evaluation.<List<String>>json("$.perspectives[0].explanation.contributions[*].name"))
                .containsExactly("OBJ", unit + " / Child card / Financial");
        assertThat(evaluation.<String>json("$.perspectives[0].explanation.text"))
                .isEqualTo("Financial: (1 × 100 + 1 × 75) / 2 = 87.5; amber from 80");
        assertThat(api().get("/api/v1/scorecards/" + f.parent().get("scorecard") + "/includes").<List<Object>>json("$[*].id"))
                .containsExactly(include.<Object>json("$.id"));
    }

    @Test
    default void countsAChildsOverallScoreUnderAnObjective() {
        Family f = family();
        created(api().post("/api/v1/scorecards/" + f.parent().get("scorecard") + "/includes",
                "{\"objectiveId\": " + f.parent().get("objective") + ", \"childUnitId\": " + f.child().get("unit")
                        + ", \"weight\": 3}"));
        Api.Answer evaluation = api().get(f.uri());
        assertThat(evaluation.<Object>json("$.perspectives[0].objectives[0].score").toString()).isEqualTo("81.25");
        assertThat(evaluation.<Object>json("$.perspectives[0].objectives[0].includes[0].perspective")).isNull();
    }

    @Test
    default void changesTheParentsEvaluationWhenTheChildsValuesOrDefinitionsChange() {
        Family f = family();
        long include = created(include(api(), f.parent(), f.child().get("scorecard")));
        assertThat(financialScore(f.uri()).toString()).isEqualTo("87.5");
        assertThat(financialScore(f.uri()).toString()).as("from the kept model").isEqualTo("87.5");

        assertThat(api().put("/api/v1/actuals/" + f.childActual(), "{\"value\": 200, \"version\": 0}").status()).isEqualTo(200);
        assertThat(financialScore(f.uri()).toString()).as("a child's value").isEqualTo("100");

        Map<String, Object> kpi = api().get("/api/v1/kpis/" + f.childKpi()).json("$");
        Api.Answer changed = api().put("/api/v1/kpis/" + f.childKpi(), "{\"objectiveId\": " + f.child().get("objective")
                + ", \"code\": \"" + kpi.get("code") + "\", \"name\": \"n\", \"target\": 400, \"version\": " + kpi.get("version") + "}");
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(financialScore(f.uri()).toString()).as("a child's definition").isEqualTo("75");

        assertThat(api().delete("/api/v1/scorecards/" + f.parent().get("scorecard") + "/includes/" + include).status())
                .isEqualTo(204);
        assertThat(financialScore(f.uri()).toString()).as("the inclusion removed").isEqualTo("100");
    }

    @Test
    default void refusesAScorecardOfAUnitNotBelowTheIncludingOnesWithAProblem() {
        Family f = family();
        Map<String, Long> sibling = scorecardWithObjective();
        Api.Answer refused = include(api(), f.parent(), sibling.get("scorecard"));
        assertProblem(refused, 400);
        assertThat(fields(refused)).containsExactly("childScorecardId");
        assertThat(refused.<String>json("$.errors[0].message")).contains("is not below unit");
        Api.Answer upwards = include(api(), f.child(), f.parent().get("scorecard"));
        assertProblem(upwards, 400);
        assertThat(api().get("/api/v1/scorecards/" + f.parent().get("scorecard") + "/includes").<List<Object>>json("$")).isEmpty();
    }

    @Test
    default void refusesAnInclusionThatWouldCloseACycleAfterUnitsMoved() {
        Family f = family();
        long parentUnit = f.parent().get("unit");
        long childUnit = f.child().get("unit");
        created(include(api(), f.parent(), f.child().get("scorecard")));
        move(childUnit, null);
        move(parentUnit, childUnit);
        Api.Answer cycle = include(api(), f.child(), f.parent().get("scorecard"));
        assertProblem(cycle, 400);
        assertThat(cycle.<String>json("$.errors[0].message")).contains("cycle", "→");
        Map<String, Object> stale = api().get(f.uri()).<List<Map<String, Object>>>json("$.perspectives[0].includes").get(0);
        assertThat(stale.get("score")).isNull();
        assertThat((String) stale.get("reason")).contains("no longer below");
    }

    private void move(long unit, Long parent) {
        Map<String, Object> u = api().get("/api/v1/units/" + unit).json("$");
        assertThat(api().put("/api/v1/units/" + unit, "{\"name\": \"" + u.get("name") + "\", \"parentId\": " + parent
                + ", \"version\": " + u.get("version") + "}").status()).isEqualTo(200);
    }

    @Test
    default void letsOnlyOwnersOfTheIncludingScorecardIncludeAndHidesWhatTheCallerMayNotRead() {
        Family f = family();
        long division = ((Number) api().get("/api/v1/scorecards?size=500").<List<Object>>json(
                "$.items[?(@.name == 'Services scorecard')].id").get(0)).longValue();
        Map<String, Long> group = Map.of("scorecard", 1L, "perspective", ((Number) api().get("/api/v1/perspectives?scorecardId=1")
                .json("$.items[1].id")).longValue());
        assertThat(include(api().as("viewer"), group, division).status()).isEqualTo(403);
        assertProblem(include(api().as("steward"), group, division), 404);
        Api.Answer hidden = include(api().as("owner"), group, f.child().get("scorecard"));
        assertProblem(hidden, 400);
        assertThat(hidden.<String>json("$.errors[0].message")).isEqualTo("there is no scorecard with id " + f.child().get("scorecard"));
        assertThat(api().as("viewer").get("/api/v1/scorecards/1/includes").status()).isEqualTo(200);
        assertProblem(api().as("steward").get("/api/v1/scorecards/1/includes"), 404);
    }

    @Test
    default void withholdsAnIncludedScorecardThatAReaderOfTheParentMayNotRead() {
        Family f = family();
        created(include(api(), f.parent(), f.child().get("scorecard")));
        assertThat(financialScore(f.uri()).toString()).as("shared with every reader").isEqualTo("87.5");
        String name = unique("reader").toLowerCase();
        long reader = created(api().post("/api/v1/users", "{\"username\": \"" + name + "\", \"password\": \"a-long-password-1\"}"));
        created(api().post("/api/v1/grants", "{\"userId\": " + reader + ", \"scorecardId\": " + f.parent().get("scorecard")
                + ", \"role\": \"VIEWER\"}"));
        for (Api caller : List.of(api(), api().as(name))) {
            Api.Answer evaluation = caller.get(f.uri());
            assertThat(evaluation.<Object>json("$.perspectives[0].score").toString()).as("the same for every reader").isEqualTo("100");
            Map<String, Object> node = evaluation.<List<Map<String, Object>>>json("$.perspectives[0].includes").get(0);
            assertThat(node.get("scorecard")).isNull();
            assertThat(node.get("unit")).isNull();
            assertThat(node.get("reason")).isEqualTo("not shared with this scorecard's readers");
            assertThat(evaluation.body()).doesNotContain("Child card").doesNotContain("Child_");
        }
        assertThat(api().as(name).get("/api/v1/scorecards/" + f.parent().get("scorecard") + "/includes").<List<Object>>json("$"))
                .isEmpty();
    }

    @Test
    default void refusesToImportAFileWithIncludesAndPointsToTheApi() throws java.io.IOException {
        String file = java.nio.file.Files.readString(java.nio.file.Path.of("examples/northwind-group.yaml"));
        Api.Answer refused = api().send(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/api/v1/scorecards/import").contentType("application/yaml").content(file));
        assertProblem(refused, 400);
        assertThat(fields(refused)).containsExactly("includes");
        assertThat(refused.<String>json("$.errors[0].message")).contains("/api/v1/scorecards/{id}/includes");
    }

    @Test
    default void rollsTheDemoDivisionsFinancialPerspectivesIntoTheGroups() {
        Api.Answer group = api().get("/api/v1/scorecards/1/evaluation?period=2026-10&explain=true");
        assertThat(group.<List<String>>json("$.perspectives[0].includes[*].unit"))
                .containsExactly("Northwind Manufacturing", "Northwind Services");
        assertThat(group.<List<String>>json("$.perspectives[0].explanation.contributions[*].name"))
                .contains("Northwind Manufacturing / Manufacturing scorecard / Financial",
                        "Northwind Services / Services scorecard / Financial");
    }
}
