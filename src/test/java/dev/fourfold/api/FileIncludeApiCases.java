package dev.fourfold.api;

import static dev.fourfold.api.ApiCases.assertProblem;
import static dev.fourfold.api.ApiCases.created;
import static dev.fourfold.api.ApiCases.fields;
import static dev.fourfold.api.ApiCases.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dev.fourfold.support.Api;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A server imports a scorecard file's {@code includes:} by unit and exports its inclusions: the parent's Financial
 * perspective scores its own objective (100) and the child unit's Financial perspective (150 of 200 = 75),
 * (100 + 75) / 2 = 87.5, exactly as when the inclusion is made through the includes API.
 */
interface FileIncludeApiCases extends ApiCases {

    /** A parent unit, and a child unit below it whose one scorecard scores 75 in March 2026. */
    record Units(String parent, String child, long childScorecard, long parentId, long childId) {
    }

    /** The database of the running test. */
    JdbcClient jdbc();

    default Units units() {
        String parent = unique("Group");
        long parentId = created(api().post("/api/v1/units", "{\"name\": \"" + parent + "\"}"));
        String child = unique("Division");
        long childId = created(api().post("/api/v1/units", "{\"name\": \"" + child + "\", \"parentId\": " + parentId + "}"));
        long scorecard = created(api().post("/api/v1/scorecards", "{\"unitId\": " + childId + ", \"name\": \"Division card\"}"));
        long financial = ((Number) api().get("/api/v1/perspectives?scorecardId=" + scorecard).json("$.items[0].id")).longValue();
        long objective = created(api().post("/api/v1/objectives",
                "{\"perspectiveId\": " + financial + ", \"code\": \"" + unique("DO") + "\", \"name\": \"Grow\"}"));
        long kpi = kpi(objective, unique("D"), "\"target\": 200");
        created(api().post("/api/v1/actuals", "{\"kpiId\": " + kpi + ", \"period\": \"2026-03\", \"value\": 150}"));
        return new Units(parent, child, scorecard, parentId, childId);
    }

    /** The parent's file: one objective scoring 100 in March 2026, and {@code includes} under Financial. */
    default String file(Units u, String code, String includes) {
        return """
                version: 1
                scorecard:
                  name: Group card
                  unit: %s
                perspectives:
                  - name: Financial
                    objectives:
                      - code: %s
                        name: Grow the group
                        kpis:
                          - code: %s_K
                            name: Group revenue
                            target: 100
                            actuals: {2026-03: 100}
                %s""".formatted(u.parent(), code, code, includes);
    }

    default Api.Answer importFile(Api caller, String text, boolean dryRun) {
        return caller.send(post("/api/v1/scorecards/import" + (dryRun ? "?dryRun=true" : ""))
                .contentType("application/yaml").content(text));
    }

    default String export(Api caller, long scorecardId) {
        Api.Answer answer = caller.send(get("/api/v1/scorecards/" + scorecardId + "/export"));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.body();
    }

    private static int count(Api.Answer answer, String what) {
        return answer.json("$.changes.include." + what);
    }

    @Test
    default void importsAnInclusionByUnitAndScoresItLikeTheIncludesApi() {
        Units u = units();
        Api.Answer imported = importFile(api(), file(u, unique("G"), "    includes:\n      - unit: " + u.child() + "\n"), false);

        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(count(imported, "created")).isEqualTo(1);
        long id = imported.<Number>json("$.scorecardId").longValue();
        Api.Answer evaluation = api().get("/api/v1/scorecards/" + id + "/evaluation?period=2026-03&explain=true");
        assertThat(evaluation.<Object>json("$.perspectives[0].score").toString()).isEqualTo("87.5");
        assertThat(evaluation.<String>json("$.perspectives[0].explanation.text"))
                .isEqualTo("Financial: (1 × 100 + 1 × 75) / 2 = 87.5; amber from 80");
        Api.Answer listed = api().get("/api/v1/scorecards/" + id + "/includes");
        assertThat(listed.<List<Object>>json("$[*].childScorecardId")).containsExactly((int) u.childScorecard());
        assertThat(listed.<List<String>>json("$[*].childPerspective")).containsExactly("Financial");
    }

    @Test
    default void reportsChangedAndRemovedInclusionsInADryRunAndWritesThemOnImport() {
        Units u = units();
        String code = unique("G");
        long id = importFile(api(), file(u, code, "    includes:\n      - unit: " + u.child() + "\n"), false).<Number>json("$.scorecardId").longValue();
        String weighted = file(u, code, "    includes:\n      - unit: " + u.child() + "\n        weight: 2\n");

        Api.Answer dryRun = importFile(api(), weighted, true);
        assertThat(dryRun.status()).as(dryRun.body()).isEqualTo(200);
        assertThat(List.of(count(dryRun, "created"), count(dryRun, "updated"), count(dryRun, "retired"),
                count(dryRun, "unchanged"))).containsExactly(0, 1, 0, 0);
        assertThat(api().get("/api/v1/scorecards/" + id + "/includes").<List<Object>>json("$[*].weight")).containsExactly(1);

        assertThat(count(importFile(api(), weighted, false), "updated")).isEqualTo(1);
        assertThat(export(api(), id)).contains("    includes:\n      - unit: " + u.child() + "\n        weight: 2\n");
        assertThat(count(importFile(api(), weighted, false), "unchanged")).isEqualTo(1);

        Api.Answer removed = importFile(api(), file(u, code, ""), true);
        assertThat(count(removed, "retired")).isEqualTo(1);
        assertThat(api().get("/api/v1/scorecards/" + id + "/includes").<List<Object>>json("$")).hasSize(1);
        assertThat(count(importFile(api(), file(u, code, ""), false), "retired")).isEqualTo(1);
        assertThat(api().get("/api/v1/scorecards/" + id + "/includes").<List<Object>>json("$")).isEmpty();
    }

    @Test
    default void refusesEachBadInclusionAtItsLineAndWritesNothing() {
        Units u = units();
        String text = file(u, unique("G"), """
                    includes:
                      - scorecard: Division card
                      - unit: Nowhere %s
                      - unit: %s
                      - unit: %s
                        perspective: Growth
                """.formatted(u.child(), u.parent(), u.child()));

        Api.Answer refused = importFile(api(), text, false);

        assertProblem(refused, 400);
        assertThat(fields(refused)).containsExactly("line 16, column 9", "line 17, column 9", "line 18, column 9",
                "line 19, column 9");
        assertThat(refused.<List<String>>json("$.errors[*].message")).containsExactly(
                "includes scorecard 'Division card' of this file, but a server imports one scorecard per file: "
                        + "name the included scorecard's unit instead, 'unit: <unit name>'",
                "includes unit 'Nowhere " + u.child() + "', which is no unit of this server",
                "'Group card' belongs to unit '" + u.parent() + "', which is not below unit '" + u.parent()
                        + "': a scorecard includes only scorecards of the units below its own",
                "'Division card' has no perspective named 'Growth'");
        assertThat(jdbc().sql("select count(*) from org_unit u join scorecard s on s.unit_id = u.id where u.name = :n")
                .param("n", u.parent()).query(Long.class).single()).isZero();
    }

    @Test
    default void refusesAnInclusionThatWouldCloseACycleAfterUnitsMovedAtItsLine() {
        Units u = units();
        importFile(api(), file(u, unique("G"), "    includes:\n      - unit: " + u.child() + "\n"), false);
        moveUnit(u.childId(), null);
        moveUnit(u.parentId(), u.childId());
        String division = """
                version: 1
                scorecard:
                  name: Division card
                  unit: %s
                perspectives:
                  - name: Financial
                    includes:
                      - unit: %s
                """.formatted(u.child(), u.parent());

        Api.Answer cycle = importFile(api(), division, true);

        assertProblem(cycle, 400);
        assertThat(fields(cycle)).containsExactly("line 8, column 9");
        assertThat(cycle.<String>json("$.errors[0].message")).isEqualTo("including 'Group card' in 'Division card' would "
                + "close a cycle of inclusions: 'Division card' → 'Group card' → 'Division card'");
    }

    private void moveUnit(long unit, Long parent) {
        java.util.Map<String, Object> found = api().get("/api/v1/units/" + unit).json("$");
        assertThat(api().put("/api/v1/units/" + unit, "{\"name\": \"" + found.get("name") + "\", \"parentId\": " + parent
                + ", \"version\": " + found.get("version") + "}").status()).isEqualTo(200);
    }

    @Test
    default void answersForAUnitTheImporterMayNotReadAsForNoUnit() {
        Units u = units();
        String code = unique("G");
        long id = importFile(api(), file(u, code, ""), false).<Number>json("$.scorecardId").longValue();
        String name = unique("owner").toLowerCase();
        long owner = created(api().post("/api/v1/users", "{\"username\": \"" + name + "\", \"password\": \"a-long-password-1\"}"));
        created(api().post("/api/v1/grants", "{\"userId\": " + owner + ", \"scorecardId\": " + id
                + ", \"role\": \"SCORECARD_OWNER\"}"));

        Api.Answer refused = importFile(api().as(name), file(u, code, "    includes:\n      - unit: " + u.child() + "\n"), true);

        assertProblem(refused, 400);
        assertThat(refused.<String>json("$.errors[0].message")).isEqualTo("includes unit '" + u.child()
                + "', which is no unit of this server");
        Api.Answer viewer = importFile(api().as("viewer"), export(api(), 1), true);
        assertThat(viewer.status()).as(viewer.body()).isEqualTo(403);
    }

    @Test
    default void exportsTheDemoGroupsInclusionsSoExportImportExportIsByteIdentical() {
        String first = export(api(), 1);
        assertThat(first).contains("""
                    includes:
                      - unit: Northwind Manufacturing
                      - unit: Northwind Services
                """);

        Api.Answer reimport = importFile(api(), first, false);

        assertThat(reimport.status()).as(reimport.body()).isEqualTo(200);
        assertThat(count(reimport, "unchanged")).isEqualTo(2);
        assertThat(List.of(count(reimport, "created"), count(reimport, "updated"), count(reimport, "retired")))
                .containsExactly(0, 0, 0);
        assertThat(export(api(), 1)).isEqualTo(first);
    }

    @Test
    default void leavesOutAndKeepsAnInclusionNotSharedWithEveryReader() {
        Units u = units();
        String code = unique("G");
        long id = importFile(api(), file(u, code, "    includes:\n      - unit: " + u.child() + "\n"), false).<Number>json("$.scorecardId").longValue();
        String name = unique("reader").toLowerCase();
        long reader = created(api().post("/api/v1/users", "{\"username\": \"" + name + "\", \"password\": \"a-long-password-1\"}"));
        created(api().post("/api/v1/grants", "{\"userId\": " + reader + ", \"scorecardId\": " + id + ", \"role\": \"VIEWER\"}"));

        String withheld = export(api(), id);
        assertThat(withheld).doesNotContain("includes").doesNotContain(u.child()).isEqualTo(export(api().as(name), id));
        Api.Answer reimport = importFile(api(), withheld, false);

        assertThat(reimport.status()).as(reimport.body()).isEqualTo(200);
        assertThat(count(reimport, "retired")).isZero();
        assertThat(api().get("/api/v1/scorecards/" + id + "/includes").<List<Object>>json("$")).hasSize(1);
    }
}
