package dev.fourfold.api;

import static dev.fourfold.api.ApiCases.assertProblem;
import static dev.fourfold.api.ApiCases.created;
import static dev.fourfold.api.ApiCases.fields;
import static dev.fourfold.api.ApiCases.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fourfold.support.Api;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A server imports a scorecard file's {@code includes:} by unit and exports its inclusions: the parent's Financial
 * perspective scores its own objective (100) and the child unit's Financial perspective (150 of 200 = 75),
 * (100 + 75) / 2 = 87.5, exactly as when the inclusion is made through the includes API.
 */
interface FileIncludeApiCases extends FileIncludeFixtures {

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
