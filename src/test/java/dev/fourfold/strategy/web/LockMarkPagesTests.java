package dev.fourfold.strategy.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.fourfold.support.TestClock;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** The strategy map and the objective page mark a locked period with who locked it and when, as the dashboard does. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestClock.class)
class LockMarkPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void ownerLocksOctober() throws Exception {
        mvc.perform(post("/scorecards/" + group() + "/lock").param("period", "2026-10").with(csrf()).with(user("owner")))
                .andExpect(status().isFound());
    }

    @AfterEach
    void administratorUnlocksIt() throws Exception {
        mvc.perform(post("/scorecards/" + group() + "/unlock").param("period", "2026-10").with(csrf()).with(user("admin")))
                .andExpect(status().isFound());
    }

    @Test
    void marksTheLockedPeriodOnTheMapWithWhoLockedItAndWhen() throws Exception {
        String html = page("/scorecards/" + group() + "/map?period=2026-10", Locale.ENGLISH);

        assertThat(html).contains("id=\"locked\"", "Locked: 2026-10 was locked by owner on Nov 15, 2026",
                "href=\"/scorecards/" + group() + "/locks\"");
        assertThat(page("/scorecards/" + group() + "/map?period=2026-09", Locale.ENGLISH))
                .as("an open period").doesNotContain("id=\"locked\"");
        assertThat(page("/scorecards/" + group() + "/map?period=2026-10&view=ytd", Locale.ENGLISH))
                .as("a view reaching past the lock, as on the dashboard").doesNotContain("id=\"locked\"");
    }

    @Test
    void marksTheLockedPeriodOnTheObjectivePageInTheReadersLanguage() throws Exception {
        String html = page("/objectives/" + objective("F1") + "?period=2026-10", Locale.GERMAN);

        assertThat(html).contains("id=\"locked\"", "Gesperrt: 2026-10 wurde von owner am 15.11.2026");
        assertThat(page("/objectives/" + objective("F1") + "?period=2026-09", Locale.ENGLISH)).doesNotContain("id=\"locked\"");
    }

    private String page(String path, Locale locale) throws Exception {
        return mvc.perform(get(path).with(user("viewer")).locale(locale)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private long group() {
        return jdbc.sql("select id from scorecard where name = 'Group scorecard'").query(Long.class).single();
    }

    private long objective(String code) {
        return jdbc.sql("select o.id from objective o join scorecard s on s.id = o.scorecard_id "
                + "where s.name = 'Group scorecard' and o.code = :c").param("c", code).query(Long.class).single();
    }
}
