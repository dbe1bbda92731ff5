package dev.fourfold.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.fourfold.shared.Actor;
import dev.fourfold.support.TestClock;
import java.util.concurrent.atomic.AtomicInteger;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** The account page: who am I, and changing one's own password through the form (with CSRF). */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestClock.class)
class AccountPageTests {

    private static final AtomicInteger USERS = new AtomicInteger();
    private static final String OLD = "old-password-1";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserService users;

    private String aUser() {
        String name = "account-page-" + USERS.incrementAndGet();
        users.create(name, "Paula <b>Page</b>", OLD, false, Actor.system());
        return name;
    }

    @Test
    void redirectsAnonymousVisitorsToTheLoginPage() throws Exception {
        mvc.perform(get("/account")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/admin/users")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/audit")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void showsWhoTheUserIsWithTheirNameEscaped() throws Exception {
        String name = aUser();
        mvc.perform(get("/account").with(user(name)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Paula &lt;b&gt;Page&lt;/b&gt;")))
                .andExpect(content().string(Matchers.containsString("You hold no roles yet")))
                .andExpect(content().string(Matchers.containsString("/account/tokens")));
    }

    @Test
    void namesTheAdministratorRole() throws Exception {
        mvc.perform(get("/account").with(user("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Administrator")));
    }

    @Test
    void refusesAFormWithoutCsrfToken() throws Exception {
        String name = aUser();
        mvc.perform(post("/account/password").with(user(name))
                        .param("currentPassword", OLD).param("newPassword", "new-password-1").param("repeatPassword", "new-password-1"))
                .andExpect(status().isForbidden());
        mvc.perform(formLogin("/login").user(name).password(OLD)).andExpect(authenticated());
    }

    @Test
    void showsTheErrorOfAWrongCurrentPasswordAndKeepsTheOldOne() throws Exception {
        String name = aUser();
        mvc.perform(post("/account/password").with(user(name)).with(csrf())
                        .param("currentPassword", "not-my-password").param("newPassword", "new-password-1")
                        .param("repeatPassword", "new-password-1"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("id=\"currentPassword-error\"")))
                .andExpect(content().string(Matchers.containsString("Is not your current password.")));
        mvc.perform(formLogin("/login").user(name).password(OLD)).andExpect(authenticated());
        mvc.perform(formLogin("/login").user(name).password("new-password-1")).andExpect(unauthenticated());
    }

    @Test
    void keepsThePasswordWhenTheRepetitionDiffers() throws Exception {
        String name = aUser();
        mvc.perform(post("/account/password").with(user(name)).with(csrf())
                        .param("currentPassword", OLD).param("newPassword", "new-password-1").param("repeatPassword", "new-password-2"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("Does not match the new password")));
        mvc.perform(formLogin("/login").user(name).password(OLD)).andExpect(authenticated());
    }

    @Test
    void showsEveryProblemOfTheNewPasswordNextToItsField() throws Exception {
        String name = aUser();
        mvc.perform(post("/account/password").with(user(name)).with(csrf())
                        .param("currentPassword", OLD).param("newPassword", "short").param("repeatPassword", "short"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("id=\"newPassword-error\"")))
                .andExpect(content().string(Matchers.containsString("Must have at least 10 characters.")));
    }

    @Test
    void changesThePasswordAndSaysSo() throws Exception {
        String name = aUser();
        mvc.perform(post("/account/password").with(user(name)).with(csrf())
                        .param("currentPassword", OLD).param("newPassword", "new-password-1").param("repeatPassword", "new-password-1"))
                .andExpect(redirectedUrl("/account"))
                .andExpect(flash().attribute("passwordChanged", true));
        mvc.perform(formLogin("/login").user(name).password("new-password-1")).andExpect(authenticated());
        mvc.perform(formLogin("/login").user(name).password(OLD)).andExpect(unauthenticated());
        assertThat(mvc.perform(get("/account").with(user(name)).flashAttr("passwordChanged", true))
                .andReturn().getResponse().getContentAsString()).contains("Your password has been changed");
    }
}
