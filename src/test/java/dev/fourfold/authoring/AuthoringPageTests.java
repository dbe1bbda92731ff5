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

/** Authoring from the browser over the demo company: forms that keep what was typed, formulas checked as typed. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestClock.class)
@Transactional
class AuthoringPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void createsAnObjectiveDrivenByAnotherAndShowsItInTheStructure() throws Exception {
        long scorecard = id("select id from scorecard where name = 'Services scorecard'");
        long perspective = id("select min(id) from perspective where scorecard_id = " + scorecard);
        long cause = id("select id from objective where code = 'SF1'");

        MockHttpServletResponse created = mvc.perform(post("/scorecards/" + scorecard + "/objectives/new").with(csrf())
                .with(user("admin")).param("perspectiveId", String.valueOf(perspective)).param("code", "SF9")
                .param("name", "Win new markets").param("weight", "1,5").param("drivenBy", String.valueOf(cause))
                .locale(Locale.GERMAN)).andReturn().getResponse();

        assertThat(created.getStatus()).isEqualTo(302);
        assertThat(jdbc.sql("select weight from objective where code = 'SF9'").query(java.math.BigDecimal.class).single())
                .isEqualByComparingTo("1.5");
        assertThat(page("/scorecards/" + scorecard + "/edit", "admin")).contains("SF9", "Win new markets");
    }

    @Test
    void keepsWhatWasTypedAndSaysWhichFieldIsWrong() throws Exception {
        long objective = id("select id from objective where code = 'SF1'");

        MockHttpServletResponse refused = mvc.perform(post("/objectives/" + objective + "/kpis/new").with(csrf())
                .with(user("admin")).param("code", "S_NEW").param("name", "New rate").param("weight", "zwei")
                .param("polarity", "higher").param("frequency", "monthly").param("aggregation", "sum"))
                .andReturn().getResponse();

        assertThat(refused.getStatus()).isEqualTo(400);
        String html = refused.getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("value=\"S_NEW\"", "value=\"New rate\"", "value=\"zwei\"", "is-invalid",
                "&#39;zwei&#39; is not a number");
        assertThat(jdbc.sql("select count(*) from kpi where code = 'S_NEW'").query(Long.class).single()).isZero();
    }

    @Test
    void saysWhatIsWrongInGermanToAGermanAuthor() throws Exception {
        long objective = id("select id from objective where code = 'SF1'");

        MockHttpServletResponse refused = mvc.perform(post("/objectives/" + objective + "/kpis/new").with(csrf())
                .with(user("admin")).param("code", "9lives").param("name", "").param("weight", "zwei")
                .param("polarity", "higher").param("frequency", "monthly").param("aggregation", "sum")
                .locale(Locale.GERMAN)).andReturn().getResponse();

        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains("„zwei“ ist keine Zahl")
                .doesNotContain("is not a number");
    }

    @Test
    void createsAFormulaKpiThatReadsTwoOthers() throws Exception {
        long objective = id("select id from objective where code = 'SF1'");

        MockHttpServletResponse created = mvc.perform(post("/objectives/" + objective + "/kpis/new").with(csrf())
                .with(user("admin")).param("code", "S_PER_TICKET").param("name", "Revenue per ticket").param("unit", "%")
                .param("polarity", "higher").param("frequency", "monthly").param("weight", "1").param("target", "20")
                .param("formula", "S_REV / S_CLOSED")).andReturn().getResponse();

        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(302);
        assertThat(jdbc.sql("select formula from kpi where code = 'S_PER_TICKET'").query(String.class).single())
                .isEqualTo("S_REV / S_CLOSED");
    }

    @Test
    void checksAFormulaAsItIsTypedNamingWhatItReadsAndWhatItCannot() throws Exception {
        String reads = mvc.perform(post("/authoring/formula-check").with(csrf()).with(user("viewer"))
                .param("formula", "S_REV / NO_SUCH_KPI")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String broken = mvc.perform(post("/authoring/formula-check").with(csrf()).with(user("viewer"))
                .param("formula", "S_REV / (")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(reads).contains("S_REV · Services revenue", "NO_SUCH_KPI: no KPI you can read").doesNotContain("<html");
        assertThat(broken).contains("The formula cannot be read");
    }

    @Test
    void setsAPeriodsTargetWithADecimalCommaAndPhasesAnAnnualTarget() throws Exception {
        long kpi = id("select id from kpi where code = 'S_REV'");

        var set = mvc.perform(post("/kpis/" + kpi + "/targets").with(csrf()).with(user("admin")).locale(Locale.GERMAN)
                .param("period", "2027-01").param("value", "1.234,5")).andReturn().getResponse();
        var phased = mvc.perform(post("/kpis/" + kpi + "/targets/phase").with(csrf()).with(user("admin"))
                .param("year", "2028").param("total", "1200").param("reason", "plan 2028")).andReturn().getResponse();

        assertThat(set.getStatus()).isEqualTo(302);
        assertThat(phased.getStatus()).isEqualTo(302);
        assertThat(jdbc.sql("select amount from target where kpi_id = " + kpi + " and period = '2027-01' and series = 'target'")
                .query(java.math.BigDecimal.class).single()).isEqualByComparingTo("1234.5");
        assertThat(jdbc.sql("select count(*) from target where kpi_id = " + kpi + " and period like '2028-%' and series = 'target'")
                .query(Long.class).single()).isEqualTo(12);
        assertThat(page("/kpis/" + kpi + "/targets", "admin")).contains("2027-01", "1234.5", "plan 2028");
    }

    @Test
    void keepsABudgetAndAStretchTargetBesideTheTargetWithoutTouchingIt() throws Exception {
        long kpi = id("select id from kpi where code = 'S_REV'");
        long targets = jdbc.sql("select count(*) from target where kpi_id = " + kpi + " and series = 'target'")
                .query(Long.class).single();

        var budget = mvc.perform(post("/kpis/" + kpi + "/targets").with(csrf()).with(user("admin"))
                .param("series", "budget").param("period", "2027-02").param("value", "950")).andReturn().getResponse();
        var stretch = mvc.perform(post("/kpis/" + kpi + "/targets/phase").with(csrf()).with(user("admin"))
                .param("series", "stretch").param("year", "2028").param("total", "1800")).andReturn().getResponse();

        assertThat(budget.getRedirectedUrl()).isEqualTo("/kpis/" + kpi + "/targets?series=budget");
        assertThat(stretch.getRedirectedUrl()).isEqualTo("/kpis/" + kpi + "/targets?series=stretch");
        assertThat(jdbc.sql("select amount from target where kpi_id = " + kpi + " and period = '2027-02' and series = 'budget'")
                .query(java.math.BigDecimal.class).single()).isEqualByComparingTo("950");
        assertThat(jdbc.sql("select count(*) from target where kpi_id = " + kpi + " and period like '2028-%' and series = 'stretch'")
                .query(Long.class).single()).isEqualTo(12);
        assertThat(jdbc.sql("select count(*) from target where kpi_id = " + kpi + " and series = 'target'")
                .query(Long.class).single()).isEqualTo(targets);
        assertThat(page("/kpis/" + kpi + "/targets?series=budget", "admin")).contains("Set or revise one period&#39;s budget",
                "Stored values: Budget", "2027-02", "950").doesNotContain("2028-01");
        assertThat(page("/kpis/" + kpi + "/targets?series=nonsense", "admin")).contains("Set or revise one period&#39;s target");
    }

    @Test
    void keepsATypedTargetAndSaysWhatIsWrong() throws Exception {
        long kpi = id("select id from kpi where code = 'S_REV'");

        var refused = mvc.perform(post("/kpis/" + kpi + "/targets").with(csrf()).with(user("admin"))
                .param("period", "2027-13").param("value", "12")).andReturn().getResponse();

        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains("value=\"2027-13\"", "form-problems");
    }

    @Test
    void showsTheFormulaOfACalculatedKpiAndNothingBesideAnEnteredOne() throws Exception {
        long group = id("select id from scorecard where name = 'Group scorecard'");

        String edit = page("/scorecards/" + group + "/edit", "admin");

        assertThat(edit).contains("= 100 * (REV - COGS) / REV").doesNotContain("= false", "= true");
    }

    @Test
    void offersTheOwnerTemplatesOfTargetsAndTheImportOfTargets() throws Exception {
        long scorecard = id("select id from scorecard where name = 'Services scorecard'");

        String edit = page("/scorecards/" + scorecard + "/edit", "admin");

        assertThat(edit).contains("id=\"target-files\"", "/scorecards/" + scorecard + "/template?kind=target&amp;"
                + "format=xlsx&amp;layout=long", "href=\"/imports?kind=target\"");
        assertThat(page("/imports?kind=target", "admin")).containsPattern("value=\"target\"\\s+checked");
    }

    @Test
    void refusesTheFormsToAViewer() throws Exception {
        long scorecard = id("select id from scorecard where name = 'Services scorecard'");

        assertThat(mvc.perform(get("/scorecards/" + scorecard + "/edit").with(user("viewer"))).andReturn().getResponse()
                .getStatus()).isEqualTo(403);
    }

    private String page(String path, String username) throws Exception {
        return mvc.perform(get(path).with(user(username))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private long id(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
