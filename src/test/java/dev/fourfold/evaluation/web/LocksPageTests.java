package dev.fourfold.evaluation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.fourfold.security.UserService;
import dev.fourfold.shared.Actor;
import dev.fourfold.support.TestClock;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The period locks of a scorecard over the demo company: every reader sees them, owners lock one of the recent
 * periods there, administrators unlock, and someone who may not read the scorecard gets the "not found" page.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestClock.class)
class LocksPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserService users;

    @AfterEach
    void unlockWhatATestLocked() throws Exception {
        for (String period : jdbc.sql("select period from period_lock where scorecard_id = :s")
                .param("s", services()).query(String.class).list()) {
            mvc.perform(post("/scorecards/" + services() + "/unlock").param("period", period).with(csrf())
                    .with(user("admin")));
        }
    }

    @Test
    void tellsAReaderThatNothingIsLockedYetAndWhatLockingDoes() throws Exception {
        String html = page(get(locks()).with(user("viewer")));

        assertThat(html).contains("id=\"no-locks\"", "No period of this scorecard is locked yet",
                "freezes its evaluation").doesNotContain("id=\"lock-form\"", "class=\"btn btn-sm btn-outline-danger unlock\"");
    }

    @Test
    void letsAnOwnerLockARecentPeriodAndComesBackToTheOverview() throws Exception {
        String form = page(get(locks()).with(user("owner")));
        assertThat(form).contains("id=\"lock-form\"", "<label for=\"lock-period\"", "<option value=\"2026-10\">2026-10</option>",
                "<option value=\"2025-11\">2025-11</option>", "name=\"back\" value=\"locks\"")
                .doesNotContain("<option value=\"2025-10\">");

        mvc.perform(post("/scorecards/" + services() + "/lock").param("period", "2026-09").param("back", "locks")
                        .with(csrf()).with(user("owner")))
                .andExpect(status().isFound()).andExpect(redirectedUrl(locks()));

        String owner = page(get(locks()).with(user("owner")));
        assertThat(owner).contains("data-period=\"2026-09\"", ">owner<").doesNotContain("<option value=\"2026-09\">",
                "btn-outline-danger unlock");
        assertThat(page(get(locks()).with(user("viewer")))).contains("data-period=\"2026-09\"")
                .doesNotContain("id=\"lock-form\"", "btn-outline-danger unlock");
    }

    @Test
    void letsAnAdministratorUnlockAndWritesWhenInTheReadersLanguage() throws Exception {
        mvc.perform(post("/scorecards/" + services() + "/lock").param("period", "2026-08").with(csrf())
                .with(user("owner"))).andExpect(status().isFound());

        String admin = page(get(locks()).with(user("admin")).locale(Locale.GERMAN));
        assertThat(admin).contains("Periodensperren", "2026-08 entsperren", "15.11.2026");

        mvc.perform(post("/scorecards/" + services() + "/unlock").param("period", "2026-08").param("back", "locks")
                        .with(csrf()).with(user("admin")))
                .andExpect(status().isFound()).andExpect(redirectedUrl(locks()));
        assertThat(page(get(locks()).with(user("admin")))).contains("id=\"no-locks\"");
    }

    @Test
    void refusesSomeoneWhoMayNotReadTheScorecardAndAViewerWhoTriesToLock() throws Exception {
        users.create("locks-outsider", "Outsider", "outsider-password", false, Actor.system());

        mvc.perform(get(locks()).with(user("locks-outsider"))).andExpect(status().isNotFound());
        mvc.perform(get("/scorecards/999999/locks").with(user("viewer"))).andExpect(status().isNotFound());
        mvc.perform(post("/scorecards/" + services() + "/lock").param("period", "2026-07").param("back", "locks")
                .with(csrf()).with(user("viewer"))).andExpect(status().isForbidden());
    }

    @Test
    void isLinkedFromTheDashboardAndTheEditPage() throws Exception {
        assertThat(page(get("/scorecards/" + services()).with(user("viewer")))).contains("href=\"" + locks() + "\"");
        assertThat(page(get("/scorecards/" + services() + "/edit").with(user("owner")))).contains("href=\"" + locks() + "\"");
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private String locks() {
        return "/scorecards/" + services() + "/locks";
    }

    private long services() {
        return jdbc.sql("select id from scorecard where name = 'Services scorecard'").query(Long.class).single();
    }
}
