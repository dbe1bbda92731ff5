package dev.fourfold.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dev.fourfold.support.TestClock;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/** Importing a file of values from the browser: upload, preview with the wrong rows, fix, commit. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestClock.class)
@Transactional
class ValueImportPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private String upload(String csv, Locale locale) throws Exception {
        return mvc.perform(multipart("/imports").file(new MockMultipartFile("file", "november.csv", "text/csv",
                        csv.getBytes(StandardCharsets.UTF_8))).with(csrf()).with(user("admin")).locale(locale))
                .andReturn().getResponse().getRedirectedUrl();
    }

    private String page(String uri, Locale locale) throws Exception {
        return mvc.perform(get(uri).with(user("admin")).locale(locale)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void showsTheWrongRowThenImportsTheCorrectedFile() throws Exception {
        String wrong = upload("kpi_code,period,value\nS_REV,2026-11,101.5\nS_REV,2026-13,7\n", Locale.ENGLISH);

        assertThat(wrong).matches("/imports/\\d+");
        String preview = page(wrong, Locale.ENGLISH);
        assertThat(preview).contains("Rows refused (1)", "table-danger", "B (period)", "2026-13")
                .doesNotContain("id=\"import-commit\"");

        String fixed = upload("kpi_code,period,value\nS_REV,2026-11,101.5\n", Locale.ENGLISH);
        assertThat(page(fixed, Locale.ENGLISH)).contains("id=\"import-commit\"", "Import 1 values")
                .doesNotContain("Rows refused");
        MockHttpSession session = new MockHttpSession();
        var committed = mvc.perform(post(fixed + "/commit").with(csrf()).with(user("admin")).session(session))
                .andReturn().getResponse();
        assertThat(committed.getRedirectedUrl()).isEqualTo(fixed);
        assertThat(jdbc.sql("select amount from actual_value a join kpi k on k.id = a.kpi_id where k.code = 'S_REV' "
                + "and a.period = '2026-11'").query(java.math.BigDecimal.class).single()).isEqualByComparingTo("101.5");
        String done = page(fixed, Locale.ENGLISH);
        assertThat(done).contains("Imported by admin", "What importing it did");
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("id=\"import-changes\" href=\"([^\"]+)\"").matcher(done);
        assertThat(link.find()).as(done).isTrue();
        String changes = page(link.group(1).replace("&amp;", "&"), Locale.ENGLISH);
        assertThat(changes).contains("id=\"moment\"", "S_REV", "101.5").doesNotContain("id=\"at-error\"");
        assertThat(page("/imports", Locale.ENGLISH)).contains("november.csv", "checked, not imported");
    }

    @Test
    void warnsOfAValueFarOutsideItsHistoryOnThePreview() throws Exception {
        StringBuilder history = new StringBuilder("kpi_code,period,value\n");
        for (int m = 1; m <= 9; m++) {
            history.append("S_REV,2024-0").append(m).append(',').append(100 + m).append('\n');
        }
        mvc.perform(post(upload(history.toString(), Locale.ENGLISH) + "/commit").with(csrf()).with(user("admin")));

        String preview = page(upload("kpi_code,period,value\nS_REV,2024-10,105000\n", Locale.GERMAN), Locale.GERMAN);

        assertThat(preview).contains("Zu prüfende Werte (1)", "table-warning", "105000 liegt weit außerhalb",
                "id=\"import-commit\"");
    }

    @Test
    void importsABudgetFromTheUploadFormWhenTheFileHoldsTargets() throws Exception {
        String url = mvc.perform(multipart("/imports").file(new MockMultipartFile("file", "budget.csv", "text/csv",
                        "kpi_code,period,value,series\nS_REV,2027-01,150,budget\n".getBytes(StandardCharsets.UTF_8)))
                .param("kind", "target").with(csrf()).with(user("admin"))).andReturn().getResponse().getRedirectedUrl();

        assertThat(page(url, Locale.ENGLISH)).contains("id=\"import-kind\"", "Targets", "id=\"import-commit\"");
        mvc.perform(post(url + "/commit").with(csrf()).with(user("admin")));
        assertThat(jdbc.sql("select amount from target t join kpi k on k.id = t.kpi_id where k.code = 'S_REV' and "
                + "t.period = '2027-01' and t.series = 'budget'").query(java.math.BigDecimal.class).single())
                .isEqualByComparingTo("150");
        assertThat(page("/imports", Locale.GERMAN)).contains("Die Datei enthält", "Istwerte");
    }

    @Test
    void speaksGermanAndNamesTheProblemInGerman() throws Exception {
        String url = upload("kpi_code;period;value\nS_REV;2026-11;zwölf\n", Locale.GERMAN);

        assertThat(page(url, Locale.GERMAN)).contains("Abgelehnte Zeilen (1)", "C (value)", "Was falsch ist");
    }

    @Test
    void asksForAFileWhenNoneIsChosen() throws Exception {
        var refused = mvc.perform(multipart("/imports").with(csrf()).with(user("admin"))).andReturn().getResponse();

        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains("Choose a file to upload.");
    }
}
