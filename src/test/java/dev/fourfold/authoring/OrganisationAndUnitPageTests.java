package dev.fourfold.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/** The organisation's settings and its tree of units from the browser, over the demo company. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestClock.class)
@Transactional
class OrganisationAndUnitPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void renamesTheOrganisationAndShowsTheSavedName() throws Exception {
        long version = id("select version from organisation where id = 1");

        MockHttpServletResponse saved = saveOrganisation("Northwind Holding", version);

        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(page("/organisation/edit", "admin")).contains("value=\"Northwind Holding\"").doesNotContain("form-problems");
    }

    @Test
    void keepsTheTypedNameAndSaysSomeoneElseChangedTheOrganisationOnAStaleVersion() throws Exception {
        long version = id("select version from organisation where id = 1");
        saveOrganisation("First change", version);

        MockHttpServletResponse stale = saveOrganisation("Second change", version);

        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(stale.getContentAsString(StandardCharsets.UTF_8)).contains("value=\"Second change\"",
                "Someone else changed this meanwhile");
        assertThat(jdbc.sql("select name from organisation").query(String.class).single()).isEqualTo("First change");
    }

    @Test
    void keepsTheFormAndMarksAnEmptyName() throws Exception {
        MockHttpServletResponse refused = mvc.perform(post("/organisation/edit").with(csrf()).with(user("admin"))
                .param("name", " ").param("fiscalYearStart", "1").param("scale", "percent")
                .param("version", String.valueOf(id("select version from organisation where id = 1"))))
                .andReturn().getResponse();

        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains("id=\"name-problem\"", "is-invalid");
    }

    @Test
    void saysWhyTheFiscalYearCannotChangeWhileScorecardsExist() throws Exception {
        MockHttpServletResponse refused = mvc.perform(post("/organisation/edit").with(csrf()).with(user("admin"))
                .param("name", "Northwind").param("fiscalYearStart", "4").param("scale", "percent")
                .param("version", String.valueOf(id("select version from organisation where id = 1"))))
                .andReturn().getResponse();

        assertThat(refused.getStatus()).isEqualTo(409);
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains("can change only while no scorecard exists",
                "<option value=\"4\" selected=\"selected\">April</option>");
    }

    @Test
    void showsTheOrganisationSettingsToAdministratorsOnly() throws Exception {
        assertThat(mvc.perform(get("/organisation/edit").with(user("owner"))).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(post("/organisation/edit").with(csrf()).with(user("owner")).param("name", "Mine"))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/organisation/edit").with(user("admin")).locale(Locale.GERMAN)).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("id=\"fiscalYearStart\"", ">Januar<");
    }

    @Test
    void showsAViewerTheUnitTreeWithScorecardLinksButNoForms() throws Exception {
        String html = page("/units", "viewer");

        assertThat(html).contains("data-unit=\"Northwind Group\"", "data-unit=\"Northwind Services\"",
                "href=\"/scorecards/" + id("select id from scorecard where name = 'Services scorecard'") + "\"")
                .doesNotContain("id=\"unit-form\"", "/units/");
        assertThat(html.indexOf("Northwind Group")).isLessThan(html.indexOf("Northwind Services"));
    }

    @Test
    void addsAUnitBelowAnotherAndShowsItIndentedInTheTree() throws Exception {
        long group = id("select id from org_unit where name = 'Northwind Group'");

        MockHttpServletResponse added = mvc.perform(post("/units").with(csrf()).with(user("admin"))
                .param("name", "Northwind Logistics").param("parentId", String.valueOf(group))).andReturn().getResponse();

        assertThat(added.getStatus()).isEqualTo(302);
        assertThat(page("/units", "admin")).contains("data-unit=\"Northwind Logistics\" data-depth=\"1\"");
    }

    @Test
    void keepsATypedUnitNameAndSaysWhyItIsRefused() throws Exception {
        MockHttpServletResponse refused = mvc.perform(post("/units").with(csrf()).with(user("admin"))
                .param("name", "Northwind Services").param("parentId", "")).andReturn().getResponse();

        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains("value=\"Northwind Services\"",
                "id=\"name-problem\"", "exists already");
    }

    @Test
    void refusesToMoveAUnitBelowItsOwnDescendantAtTheParentField() throws Exception {
        long group = id("select id from org_unit where name = 'Northwind Group'");
        long services = id("select id from org_unit where name = 'Northwind Services'");

        MockHttpServletResponse refused = mvc.perform(post("/units/" + group + "/edit").with(csrf()).with(user("admin"))
                .param("name", "Northwind Group").param("parentId", String.valueOf(services))
                .param("version", String.valueOf(id("select version from org_unit where id = " + group))))
                .andReturn().getResponse();

        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains("id=\"parentId-problem\"",
                "cannot report to its own descendant");
    }

    @Test
    void renamesAUnitAndRefusesAStaleRename() throws Exception {
        long services = id("select id from org_unit where name = 'Northwind Services'");
        long version = id("select version from org_unit where id = " + services);
        long group = id("select id from org_unit where name = 'Northwind Group'");

        var renamed = mvc.perform(post("/units/" + services + "/edit").with(csrf()).with(user("admin"))
                .param("name", "Northwind Service").param("parentId", String.valueOf(group))
                .param("version", String.valueOf(version))).andReturn().getResponse();
        var stale = mvc.perform(post("/units/" + services + "/edit").with(csrf()).with(user("admin"))
                .param("name", "Northwind Help").param("parentId", String.valueOf(group))
                .param("version", String.valueOf(version))).andReturn().getResponse();

        assertThat(renamed.getStatus()).isEqualTo(302);
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(stale.getContentAsString(StandardCharsets.UTF_8)).contains("value=\"Northwind Help\"",
                "Someone else changed this meanwhile");
    }

    @Test
    void deletesAnEmptyUnitAndSaysWhyAUnitWithScorecardsStays() throws Exception {
        long services = id("select id from org_unit where name = 'Northwind Services'");
        mvc.perform(post("/units").with(csrf()).with(user("admin")).param("name", "Short-lived").param("parentId", ""));
        long empty = id("select id from org_unit where name = 'Short-lived'");

        var refused = mvc.perform(post("/units/" + services + "/delete").with(csrf()).with(user("admin"))).andReturn().getResponse();
        var deleted = mvc.perform(post("/units/" + empty + "/delete").with(csrf()).with(user("admin"))).andReturn().getResponse();

        assertThat(refused.getStatus()).isEqualTo(409);
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains("scorecard &#39;Services scorecard&#39;");
        assertThat(deleted.getStatus()).isEqualTo(302);
        assertThat(id("select count(*) from org_unit where name = 'Short-lived'")).isZero();
    }

    @Test
    void refusesUnitChangesToNonAdministrators() throws Exception {
        long services = id("select id from org_unit where name = 'Northwind Services'");

        assertThat(mvc.perform(post("/units").with(csrf()).with(user("owner")).param("name", "Mine"))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/units/" + services + "/edit").with(user("owner"))).andReturn().getResponse()
                .getStatus()).isEqualTo(403);
        assertThat(id("select count(*) from org_unit where name = 'Mine'")).isZero();
    }

    @Test
    void speaksGermanOnEveryNewPageWithoutAMissingText() throws Exception {
        long unit = id("select id from org_unit where name = 'Northwind Services'");
        long objective = id("select id from objective where code = 'SF1'");

        for (String path : new String[] {"/units", "/units/" + unit + "/edit", "/organisation/edit",
                "/objectives/" + objective + "/initiatives/new"}) {
            String html = mvc.perform(get(path).with(user("admin")).locale(Locale.GERMAN)).andReturn().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(html).as(path).doesNotContain("??").containsAnyOf("Organisationseinheiten", "Berichtet an",
                    "Geschäftsjahr", "Neue Initiative");
        }
    }

    private MockHttpServletResponse saveOrganisation(String name, long version) throws Exception {
        return mvc.perform(post("/organisation/edit").with(csrf()).with(user("admin")).param("name", name)
                .param("fiscalYearStart", String.valueOf(id("select fiscal_year_start from organisation where id = 1")))
                .param("scale", jdbc.sql("select scale from organisation").query(String.class).single())
                .param("version", String.valueOf(version))).andReturn().getResponse();
    }

    private String page(String path, String username) throws Exception {
        return mvc.perform(get(path).with(user(username)).locale(Locale.ENGLISH)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private long id(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
