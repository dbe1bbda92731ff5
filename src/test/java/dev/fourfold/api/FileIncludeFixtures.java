package dev.fourfold.api;

import static dev.fourfold.api.ApiCases.created;
import static dev.fourfold.api.ApiCases.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dev.fourfold.support.Api;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Units, scorecards and files for the cases of scorecard files with inclusions. */
interface FileIncludeFixtures extends ApiCases {

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

    default void moveUnit(long unit, Long parent) {
        Map<String, Object> found = api().get("/api/v1/units/" + unit).json("$");
        assertThat(api().put("/api/v1/units/" + unit, "{\"name\": \"" + found.get("name") + "\", \"parentId\": " + parent
                + ", \"version\": " + found.get("version") + "}").status()).isEqualTo(200);
    }

}
