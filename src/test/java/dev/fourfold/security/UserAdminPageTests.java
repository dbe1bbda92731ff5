package dev.fourfold.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
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

/** The user administration pages: administrators only; create, edit with a version, set passwords, grant roles. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestClock.class)
class UserAdminPageTests {

    private static final AtomicInteger USERS = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    UserService users;

    @Autowired
    GrantService grants;

    private static String nextName() {
        return "admin-page-" + USERS.incrementAndGet();
    }

    private long createThroughThePage(String username, String displayName) throws Exception {
        String location = mvc.perform(post("/admin/users").with(user("admin")).with(csrf())
                        .param("username", username).param("displayName", displayName).param("password", "initial-pw-1"))
                .andExpect(redirectedUrlPattern("/admin/users/*")).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void refusesViewersWithTheForbiddenPage() throws Exception {
        mvc.perform(get("/admin/users").with(user("viewer")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("text/html"))
                .andExpect(content().string(Matchers.containsString("You may not open this page")));
        mvc.perform(post("/admin/users").with(user("owner")).with(csrf()).param("username", nextName()).param("password", "initial-pw-1"))
                .andExpect(status().isForbidden());
    }

    @Test
    void listsUsersForAdministrators() throws Exception {
        mvc.perform(get("/admin/users").with(user("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Vera Viewer")))
                .andExpect(content().string(Matchers.containsString("Create a user")));
    }

    @Test
    void createsAUserWhoCanSignIn() throws Exception {
        String name = nextName();
        long id = createThroughThePage(name, "Robert'); DROP TABLE app_user;--");
        mvc.perform(get("/admin/users/{id}", id).with(user("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Robert&#39;); DROP TABLE app_user;--")))
                .andExpect(content().string(Matchers.containsString("No roles yet")));
        mvc.perform(formLogin("/login").user(name).password("initial-pw-1")).andExpect(authenticated());
    }

    @Test
    void showsProblemsOfANewUserNextToTheFields() throws Exception {
        mvc.perform(post("/admin/users").with(user("admin")).with(csrf())
                        .param("username", "viewer").param("displayName", "Kept <i>name</i>").param("password", "short"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("id=\"username-error\"")))
                .andExpect(content().string(Matchers.containsString("exists already")))
                .andExpect(content().string(Matchers.containsString("id=\"password-error\"")))
                .andExpect(content().string(Matchers.containsString("value=\"Kept &lt;i&gt;name&lt;/i&gt;\"")));
    }

    @Test
    void pointsEachFieldAtItsHelpAndItsProblem() throws Exception {
        mvc.perform(post("/admin/users").with(user("admin")).with(csrf())
                        .param("username", "viewer").param("displayName", "Sam\tTab").param("password", "initial-pw-1"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("aria-describedby=\"username-help username-error\"")))
                .andExpect(content().string(Matchers.containsString("aria-describedby=\"displayName-error\"")))
                .andExpect(content().string(Matchers.containsString("aria-describedby=\"password-help\"")))
                .andExpect(content().string(Matchers.containsString("id=\"username-help\"")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"password-error\""))));
    }

    @Test
    void refusesAControlCharacterInADisplayNameSentFromThePage() throws Exception {
        mvc.perform(post("/admin/users").with(user("admin")).with(csrf())
                        .param("username", "tabbed-name").param("displayName", "Sam\tTab").param("password", "initial-pw-1"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("id=\"displayName-error\"")))
                .andExpect(content().string(Matchers.containsString("control character U+0009")));
    }

    @Test
    void editsAUserAndNoticesAStaleVersion() throws Exception {
        String name = nextName();
        long id = createThroughThePage(name, "Before");
        long version = users.get(id, Actor.system()).version();
        mvc.perform(post("/admin/users/{id}", id).with(user("admin")).with(csrf())
                        .param("displayName", "After").param("enabled", "true").param("version", String.valueOf(version)))
                .andExpect(redirectedUrlPattern("/admin/users/*"));
        assertThat(users.get(id, Actor.system()).displayName()).isEqualTo("After");

        mvc.perform(post("/admin/users/{id}", id).with(user("admin")).with(csrf())
                        .param("displayName", "Lost").param("enabled", "true").param("version", String.valueOf(version)))
                .andExpect(status().isConflict())
                .andExpect(content().string(Matchers.containsString("Someone else changed this user")));
        assertThat(users.get(id, Actor.system()).displayName()).isEqualTo("After");
    }

    @Test
    void refusesToTakeAwayTheAdministratorsOwnRole() throws Exception {
        long id = users.findByUsername("admin").orElseThrow().id();
        long version = users.get(id, Actor.system()).version();
        mvc.perform(post("/admin/users/{id}", id).with(user("admin")).with(csrf())
                        .param("displayName", "Ada Admin").param("enabled", "true").param("version", String.valueOf(version)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("cannot remove your own administrator role")));
        assertThat(users.get(id, Actor.system()).admin()).isTrue();
    }

    @Test
    void setsAPassword() throws Exception {
        String name = nextName();
        long id = createThroughThePage(name, "Pat");
        mvc.perform(post("/admin/users/{id}/password", id).with(user("admin")).with(csrf()).param("password", "x"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("id=\"password-error\"")));
        mvc.perform(post("/admin/users/{id}/password", id).with(user("admin")).with(csrf()).param("password", "replaced-pw-1"))
                .andExpect(redirectedUrlPattern("/admin/users/*"));
        mvc.perform(formLogin("/login").user(name).password("replaced-pw-1")).andExpect(authenticated());
    }

    @Test
    void grantsAndRemovesRolesOnUnitsAndScorecards() throws Exception {
        long id = createThroughThePage(nextName(), "Gina Grant");
        mvc.perform(post("/admin/users/{id}/grants", id).with(user("admin")).with(csrf())
                        .param("role", "VIEWER").param("target", "scorecard:1"))
                .andExpect(redirectedUrlPattern("/admin/users/*"));
        mvc.perform(post("/admin/users/{id}/grants", id).with(user("admin")).with(csrf())
                        .param("role", "KPI_OWNER").param("target", "unit:1"))
                .andExpect(redirectedUrlPattern("/admin/users/*"));
        assertThat(grants.list(id, Actor.system())).hasSize(2);
        mvc.perform(get("/admin/users/{id}", id).with(user("admin")))
                .andExpect(content().string(Matchers.containsString("KPI owner")))
                .andExpect(content().string(Matchers.containsString("and everything below it")));

        mvc.perform(post("/admin/users/{id}/grants", id).with(user("admin")).with(csrf()).param("role", "VIEWER").param("target", ""))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("Choose a unit or a scorecard")));

        long grant = grants.list(id, Actor.system()).get(0).id();
        mvc.perform(post("/admin/users/{id}/grants/{g}/delete", id, grant).with(user("admin")).with(csrf()))
                .andExpect(redirectedUrlPattern("/admin/users/*"));
        assertThat(grants.list(id, Actor.system())).hasSize(1);
    }

    @Test
    void answersAnUnknownUserWithTheNotFoundPage() throws Exception {
        mvc.perform(get("/admin/users/{id}", 999_999).with(user("admin")))
                .andExpect(status().isNotFound())
                .andExpect(content().string(Matchers.containsString("There is no user with id 999999.")));
    }
}
