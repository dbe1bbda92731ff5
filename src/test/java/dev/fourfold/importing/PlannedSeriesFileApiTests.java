package dev.fourfold.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dev.fourfold.support.Api;
import dev.fourfold.support.TestClock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** Budgets and stretch targets of a scorecard file through import and export on a server. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestClock.class)
class PlannedSeriesFileApiTests {

    private static final String FILE = """
            version: 1
            scorecard:
              name: Planned file
              unit: Planned file unit
            perspectives:
              - name: Financial
                objectives:
                  - code: PF1
                    name: Grow revenue
                    kpis:
                      - code: PLAN_REV
                        name: Revenue
                        target: 100
                        targets: {2026-03: 110}
                        budgets: {2026-02: 90, 2026-03: 100}
                        stretchTargets: {2026-03: 115}
                        actuals: {2025-03: 95, 2026-03: 104.5}
            """;

    @Autowired
    MockMvc mvc;

    private Api.Answer importYaml(String text) {
        return new Api(mvc).send(post("/api/v1/scorecards/import").contentType("application/yaml").content(text)
                .accept(MediaType.APPLICATION_JSON));
    }

    @Test
    void importsBudgetsAndStretchTargetsAndExportsThemByteForByte() {
        Api.Answer imported = importYaml(FILE);
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        long id = ((Number) imported.json("$.scorecardId")).longValue();
        assertThat(imported.<Integer>json("$.changes.target.created")).as("one target, two budgets, one stretch")
                .isEqualTo(4);
        Api api = new Api(mvc);
        assertThat(api.get("/api/v1/targets?scorecardId=" + id + "&series=budget").<List<Number>>json("$.items[*].value")
                .toString()).isEqualTo("[90,100]");
        assertThat(api.get("/api/v1/targets?scorecardId=" + id).<Integer>json("$.total")).isEqualTo(1);
        String exported = api.send(get("/api/v1/scorecards/" + id + "/export")).body();
        assertThat(exported).contains("budgets: {2026-02: 90, 2026-03: 100}", "stretchTargets: {2026-03: 115}",
                "targets: {2026-03: 110}");
        Api.Answer again = importYaml(exported);
        assertThat(again.<Integer>json("$.changes.target.unchanged")).isEqualTo(4);
        assertThat(api.send(get("/api/v1/scorecards/" + id + "/export")).body()).isEqualTo(exported);
        Api.Answer evaluation = api.get("/api/v1/scorecards/" + id + "/evaluation?period=2026-03");
        assertThat(evaluation.<Number>json("$.perspectives[0].objectives[0].kpis[0].budget").doubleValue())
                .isEqualTo(100);
        assertThat(evaluation.<Number>json("$.perspectives[0].objectives[0].kpis[0].priorYear").doubleValue())
                .isEqualTo(95);
    }

    @Test
    void revisesAChangedBudgetWithTheImportsReason() {
        long id = ((Number) importYaml(FILE.replace("Planned file", "Planned twice").replace("PLAN_REV", "PLAN2_REV"))
                .json("$.scorecardId")).longValue();
        Api.Answer changed = importYaml(FILE.replace("Planned file", "Planned twice").replace("PLAN_REV", "PLAN2_REV")
                .replace("budgets: {2026-02: 90", "budgets: {2026-02: 92"));
        assertThat(changed.<Integer>json("$.changes.target.updated")).isEqualTo(1);
        Api api = new Api(mvc);
        Number kpi = api.get("/api/v1/targets?scorecardId=" + id + "&series=budget").<List<Number>>json(
                "$.items[*].kpiId").get(0);
        assertThat(api.get("/api/v1/targets/revisions?kpiId=" + kpi + "&period=2026-02&series=budget")
                .<List<String>>json("$[*].reason")).containsExactly("Imported from scorecard file",
                "Imported from scorecard file");
    }
}
