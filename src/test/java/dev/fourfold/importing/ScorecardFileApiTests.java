package dev.fourfold.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dev.fourfold.support.Api;
import dev.fourfold.support.TestClock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** Importing and exporting scorecard files through the API, on the demo company (H2). */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestClock.class)
class ScorecardFileApiTests {

    @Autowired
    MockMvc mvc;

    private Api api;

    @BeforeEach
    void client() {
        api = new Api(mvc);
    }

    /**
     * The spec's Acme file under another scorecard name and with KPI codes prefixed: KPI codes are unique in the
     * organisation and the demo company already uses REV and COGS.
     */
    private static String acme(String prefix) throws Exception {
        String text = Files.readString(Path.of("examples/acme.yaml"));
        for (String code : List.of("REV", "COGS", "MARGIN", "NPS", "CYCLE", "TRAIN")) {
            text = text.replaceAll("\\b" + code + "\\b", prefix + code);
        }
        return text.replace("name: Acme Corporation", "name: Acme " + prefix)
                .replace("unit: Acme ", "unit: Acme " + prefix + " ");
    }

    private Api.Answer send(org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder<?> request) {
        return new Api(mvc).send(request);
    }

    private Api.Answer importYaml(String text, boolean dryRun) throws Exception {
        return send(post("/api/v1/scorecards/import" + (dryRun ? "?dryRun=true" : ""))
                .contentType("application/yaml").content(text).accept(MediaType.APPLICATION_JSON));
    }

    private String export(long scorecardId) throws Exception {
        Api.Answer answer = send(get("/api/v1/scorecards/" + scorecardId + "/export"));
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/yaml");
        return answer.body();
    }

    private static int count(Api.Answer answer, String kind, String what) {
        return answer.json("$.changes." + kind + "." + what);
    }

    @Test
    void importsTheAcmeFileAsANewScorecard() throws Exception {
        Api.Answer answer = importYaml(acme("I1"), false);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(count(answer, "scorecard", "created")).isEqualTo(1);
        assertThat(count(answer, "kpi", "created")).isEqualTo(6);
        assertThat(count(answer, "actual", "created")).isEqualTo(13);
        assertThat(count(answer, "target", "created")).isEqualTo(1);
        long id = ((Number) answer.json("$.scorecardId")).longValue();
        assertThat(api.get("/api/v1/scorecards/" + id).<String>json("$.name")).isEqualTo("Acme I1");
        assertThat(export(id)).contains("code: I1MARGIN", "formula: \"100 * (I1REV - I1COGS) / I1REV\"",
                "actuals: {2026-01: 95, 2026-02: 120, 2026-03: 104.5}");
    }

    @Test
    void dryRunReportsTheChangesAndWritesNothing() throws Exception {
        Api.Answer dry = importYaml(acme("I2"), true);
        Api.Answer again = importYaml(acme("I2"), true);

        assertThat(dry.status()).isEqualTo(200);
        assertThat(dry.<Boolean>json("$.dryRun")).isTrue();
        assertThat(dry.<Object>json("$.scorecardId")).isNull();
        assertThat(count(dry, "kpi", "created")).isEqualTo(6);
        assertThat(dry.body()).isEqualTo(again.body());
        assertThat(count(importYaml(acme("I2"), false), "scorecard", "created")).isEqualTo(1);
    }

    @Test
    void reimportOfAChangedFileRetiresARemovedKpiAndRevisesATargetWithTheImportReason() throws Exception {
        String original = acme("I3");
        long id = ((Number) importYaml(original, false).json("$.scorecardId")).longValue();
        String changed = original.replace("targets: {2026-03: 110}", "targets: {2026-03: 115}");
        changed = changed.substring(0, changed.indexOf("  - name: Learning & Growth"));

        Api.Answer answer = importYaml(changed, false);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(count(answer, "kpi", "retired")).isEqualTo(1);
        assertThat(count(answer, "objective", "retired")).isEqualTo(1);
        assertThat(count(answer, "target", "updated")).isEqualTo(1);
        assertThat(count(answer, "actual", "unchanged")).isEqualTo(10);
        assertThat(export(id)).doesNotContain("I3TRAIN").contains("targets: {2026-03: 115}");
        List<Map<String, Object>> targets = api.get("/api/v1/targets?scorecardId=" + id).json("$.items");
        Number kpiId = (Number) targets.stream().filter(t -> t.get("kpiCode").equals("I3REV")).findFirst()
                .orElseThrow().get("kpiId");
        Api.Answer revisions = api.get("/api/v1/targets/revisions?kpiId=" + kpiId + "&period=2026-03");
        assertThat(revisions.<List<Object>>json("$[*].value")).hasSize(2);
        assertThat(revisions.<String>json("$[1].reason")).isEqualTo("Imported from scorecard file");
    }

    @Test
    void rejectsABadFileWithLineAndColumnAndWritesNothing() throws Exception {
        String bad = acme("I4").replace("            polarity: lower\n            target: 60",
                "            polarity: lower\n            targt: 60");

        Api.Answer answer = importYaml(bad, false);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.<List<String>>json("$.errors[*].field")).containsExactly("line 49, column 13");
        assertThat(answer.<List<String>>json("$.errors[*].message")).singleElement().asString()
                .startsWith("unknown key 'targt' in a KPI; did you mean 'target'?");
        assertThat(count(importYaml(acme("I4"), true), "scorecard", "created")).isEqualTo(1);
    }

    @Test
    void acceptsAMultipartUpload() throws Exception {
        Api.Answer answer = send(multipart("/api/v1/scorecards/import").file(new MockMultipartFile("file",
                "acme.yaml", "application/yaml", acme("I5").getBytes(StandardCharsets.UTF_8))).param("dryRun", "true"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(count(answer, "kpi", "created")).isEqualTo(6);
    }

    @Test
    void exportImportExportIsByteIdenticalForAcmeAndADemoScorecard() throws Exception {
        long acme = ((Number) importYaml(acme("I6"), false).json("$.scorecardId")).longValue();
        long demo = ((Number) api.get("/api/v1/scorecards").json("$.items[0].id")).longValue();
        for (long id : List.of(acme, demo)) {
            String first = export(id);
            Api.Answer reimport = importYaml(first, false);
            assertThat(reimport.status()).as(reimport.body()).isEqualTo(200);
            assertThat(count(reimport, "kpi", "updated")).as(reimport.body()).isZero();
            assertThat(export(id)).isEqualTo(first);
        }
    }

    @Test
    void refusesAFileWithAnotherFiscalYearStart() throws Exception {
        Api.Answer answer = importYaml(acme("I7").replace("fiscalYearStart: 1", "fiscalYearStart: 4"), false);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).contains("scorecard.fiscalYearStart", "fiscal year starts in month 4");
    }

    @Test
    void refusesValuesOutsideTheSupportedYears() throws Exception {
        Api.Answer answer = importYaml(acme("I8").replace("actuals: {2026-01: 95,", "actuals: {1000-01: 95,"), true);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.<List<String>>json("$.errors[*].message")).singleElement().asString()
                .contains("'1000-01' is outside the supported periods: years 1900 to 2199");
    }

    @Test
    void checksWhoMayImportTheFileBeforeValidatingIt() throws Exception {
        String invalid = """
                version: 1
                scorecard:
                  name: Stewarded
                  unit: Northwind Services
                perspectives:
                  - name: Financial
                    objectives:
                      - code: F1
                        kpis:
                          - code: STEWARDED_X
                            name: X
                            formula: "NOPE +"
                """;
        Api.Answer answer = new Api(mvc).as("steward").send(post("/api/v1/scorecards/import")
                .contentType("application/yaml").content(invalid));
        assertThat(answer.status()).as(answer.body()).isEqualTo(403);
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }
}
