package dev.fourfold.importing.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import dev.fourfold.support.TestClock;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Templates of targets of the demo's Services scorecard on the test day (15 November 2026, fiscal years starting in
 * January): the current and the next fiscal year, the stored figures filled in, and an import of the file unchanged
 * changes nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestClock.class)
class TargetTemplatesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private long services() {
        return jdbc.sql("select id from scorecard where name = 'Services scorecard'").query(Long.class).single();
    }

    private MockHttpServletResponse template(String format, String layout, String user) throws Exception {
        return mvc.perform(get("/scorecards/" + services() + "/template").param("kind", "target")
                .param("format", format).param("layout", layout).with(user(user))).andReturn().getResponse();
    }

    @ParameterizedTest
    @CsvSource({"csv,long", "csv,wide", "xlsx,long", "xlsx,wide"})
    void fillsInTheStoredTargetsSoThatImportingTheFileUnchangedChangesNothing(String format, String layout)
            throws Exception {
        MockHttpServletResponse file = template(format, layout, "admin");
        assertThat(file.getStatus()).isEqualTo(200);
        assertThat(file.getHeader("Content-Disposition")).contains("targets-services-scorecard-" + layout + "." + format);
        ValueFilesTests.Collected got = new ValueFilesTests.Collected();
        ValueFiles.read(FileSource.of(file.getContentAsByteArray()), got);
        assertThat(got.problems).isEmpty();
        int stored = jdbc.sql("select count(*) from target t join kpi k on k.id = t.kpi_id where k.scorecard_id = :s "
                + "and k.retired = false and t.period_start >= date '2026-01-01' and t.period_start < date '2028-01-01'")
                .param("s", services()).query(Integer.class).single();
        assertThat(stored).isPositive();
        assertThat(got.values).hasSize(stored);

        String url = mvc.perform(multipart("/imports").file(new MockMultipartFile("file", "targets." + format,
                        "application/octet-stream", file.getContentAsByteArray()))
                .param("kind", "target").with(csrf()).with(user("admin"))).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
        Map<String, Object> preview = jdbc.sql("select kind, problem_count, created_count, updated_count, "
                + "unchanged_count, problems from value_import where id = :id").param("id", id).query().singleRow();
        assertThat(preview.get("kind")).isEqualTo("target");
        assertThat(((Number) preview.get("problem_count")).intValue()).as(String.valueOf(preview)).isZero();
        assertThat(((Number) preview.get("created_count")).intValue() + ((Number) preview.get("updated_count"))
                .intValue()).isZero();
        assertThat(((Number) preview.get("unchanged_count")).intValue()).isEqualTo(stored);
    }

    @Test
    void listsEveryKpiCalculatedOnesTooWithEachPeriodOfThisAndTheNextFiscalYear() throws Exception {
        String csv = template("csv", "long", "admin").getContentAsString(StandardCharsets.UTF_8);

        assertThat(csv).startsWith("\ufeffkpi_code,kpi_name,unit,series,period,value,reason\r\n");
        List<String> codes = jdbc.sql("select k.code from kpi k where k.scorecard_id = :s and k.retired = false")
                .param("s", services()).query(String.class).list();
        codes.forEach(code -> assertThat(csv).contains("\n" + code + ","));
        String code = codes.get(0);
        assertThat(csv).contains(",target,2026-01,", ",target,2027-12,").doesNotContain(",2025-12,", ",2028-01,");
        BigDecimal stored = jdbc.sql("select t.amount from target t join kpi k on k.id = t.kpi_id where k.code = :c "
                + "and t.series = 'target' and t.period = '2026-11'").param("c", code).query(BigDecimal.class)
                .optional().orElse(null);
        if (stored != null) {
            assertThat(csv).contains("\n" + code + ",").contains(",target,2026-11," + stored.stripTrailingZeros().toPlainString());
        }
    }

    @Test
    void refusesSomeoneWhoMayNotSetTheScorecardsTargets() throws Exception {
        MockHttpServletResponse refused = template("csv", "long", "steward");

        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(template("csv", "long", "nobody").getStatus()).isEqualTo(404);
    }

    @Test
    void refusesAKindItDoesNotKnow() throws Exception {
        assertThat(mvc.perform(get("/scorecards/" + services() + "/template").param("kind", "forecast")
                .with(user("admin"))).andReturn().getResponse().getStatus()).isEqualTo(400);
    }
}
