package dev.fourfold.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dev.fourfold.support.TestClock;
import java.math.BigDecimal;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/** An objective's initiatives created, changed and deleted from the browser, over the demo company. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestClock.class)
@Transactional
class InitiativePageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void createsAnInitiativeWithAGermanBudgetAndShowsItOnTheObjectivePage() throws Exception {
        long objective = id("select id from objective where code = 'SF1'");

        MockHttpServletResponse created = mvc.perform(initiative(post("/objectives/" + objective + "/initiatives/new"),
                "Open a branch in Lyon", "2027-01-01", "2027-06-30", "12.500,50").locale(Locale.GERMAN))
                .andReturn().getResponse();

        assertThat(created.getStatus()).isEqualTo(302);
        assertThat(created.getRedirectedUrl()).isEqualTo("/objectives/" + objective + "#initiatives");
        assertThat(jdbc.sql("select budget from initiative where name = 'Open a branch in Lyon'").query(BigDecimal.class)
                .single()).isEqualByComparingTo("12500.5");
        assertThat(page("/objectives/" + objective, "admin")).contains("Open a branch in Lyon", "on track",
                "/initiatives/" + id("select id from initiative where name = 'Open a branch in Lyon'") + "/edit",
                "id=\"new-initiative\"");
    }

    @Test
    void keepsWhatWasTypedAndSaysAtTheEndThatItIsBeforeTheStart() throws Exception {
        long objective = id("select id from objective where code = 'SF1'");

        MockHttpServletResponse refused = mvc.perform(initiative(post("/objectives/" + objective + "/initiatives/new"),
                "Backwards", "2027-06-30", "2027-01-01", "zehn")).andReturn().getResponse();
        MockHttpServletResponse late = mvc.perform(initiative(post("/objectives/" + objective + "/initiatives/new"),
                "Backwards", "2027-06-30", "2027-01-01", "10")).andReturn().getResponse();

        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains("value=\"Backwards\"", "value=\"zehn\"",
                "id=\"budget-problem\"", "&#39;zehn&#39; is not a number");
        assertThat(late.getStatus()).isEqualTo(400);
        assertThat(late.getContentAsString(StandardCharsets.UTF_8)).contains("id=\"end-problem\"", "must not be before start");
        assertThat(id("select count(*) from initiative where name = 'Backwards'")).isZero();
    }

    @Test
    void refusesAPercentCompleteAboveAHundred() throws Exception {
        long objective = id("select id from objective where code = 'SF1'");

        MockHttpServletResponse refused = mvc.perform(post("/objectives/" + objective + "/initiatives/new").with(csrf())
                .with(user("admin")).param("name", "Overdone").param("percentComplete", "120").param("status", "at-risk"))
                .andReturn().getResponse();

        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains("id=\"percentComplete-problem\"", "value=\"120\"");
    }

    @Test
    void changesAnInitiativeAndRefusesAStaleChange() throws Exception {
        long id = existing();
        long version = id("select version from initiative where id = " + id);

        var changed = mvc.perform(initiative(post("/initiatives/" + id + "/edit"), "Renamed project", "", "", "")
                .param("version", String.valueOf(version))).andReturn().getResponse();
        var stale = mvc.perform(initiative(post("/initiatives/" + id + "/edit"), "Late rename", "", "", "")
                .param("version", String.valueOf(version))).andReturn().getResponse();

        assertThat(changed.getStatus()).isEqualTo(302);
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(stale.getContentAsString(StandardCharsets.UTF_8)).contains("value=\"Late rename\"",
                "Someone else changed this meanwhile");
        assertThat(jdbc.sql("select name from initiative where id = " + id).query(String.class).single())
                .isEqualTo("Renamed project");
    }

    @Test
    void deletesAnInitiative() throws Exception {
        long id = existing();

        var deleted = mvc.perform(post("/initiatives/" + id + "/delete").with(csrf()).with(user("admin"))).andReturn().getResponse();

        assertThat(deleted.getStatus()).isEqualTo(302);
        assertThat(id("select count(*) from initiative where id = " + id)).isZero();
    }

    @Test
    void refusesTheFormsToThoseWhoDoNotOwnTheScorecard() throws Exception {
        long objective = id("select id from objective where code = 'SF1'");
        long id = existing();

        assertThat(status(get("/objectives/" + objective + "/initiatives/new").with(user("steward")))).isEqualTo(403);
        assertThat(status(get("/initiatives/" + id + "/edit").with(user("viewer")))).isEqualTo(403);
        assertThat(status(post("/initiatives/" + id + "/delete").with(csrf()).with(user("viewer")))).isEqualTo(403);
        assertThat(page("/objectives/" + objective, "viewer")).doesNotContain("id=\"new-initiative\"", "/initiatives/");
        assertThat(id("select count(*) from initiative where id = " + id)).isOne();
    }

    private long existing() throws Exception {
        long objective = id("select id from objective where code = 'SF1'");
        mvc.perform(initiative(post("/objectives/" + objective + "/initiatives/new"), "Page project", "", "", ""));
        return id("select id from initiative where name = 'Page project'");
    }

    private static MockHttpServletRequestBuilder initiative(MockHttpServletRequestBuilder b, String name, String start,
                                                            String end, String budget) {
        return b.with(csrf()).with(user("admin")).param("name", name).param("owner", "owner").param("start", start)
                .param("end", end).param("budget", budget).param("percentComplete", "40").param("status", "on-track");
    }

    private int status(MockHttpServletRequestBuilder b) throws Exception {
        return mvc.perform(b).andReturn().getResponse().getStatus();
    }

    private String page(String path, String username) throws Exception {
        return mvc.perform(get(path).with(user(username))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private long id(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
