package dev.fourfold.security.web;

import static dev.fourfold.security.web.UserPageTests.ADMIN;
import static dev.fourfold.security.web.UserPageTests.ANA;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.anEmptyMap;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasEntry;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import dev.fourfold.security.UserAccount;
import dev.fourfold.security.UserService;
import dev.fourfold.shared.FieldProblem;
import dev.fourfold.shared.ForbiddenException;
import dev.fourfold.shared.InvalidInputException;
import dev.fourfold.web.PageSlice;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The list of user accounts and the create form: who is held up and until when, a new user's page after creating
 * them, the form sent back without its password after a mistake, and a refusal for anyone but an administrator.
 */
@PageSlice
class UsersPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserService users;

    @Test
    void listsTheUsersShowingAHoldUpOnlyWhileItLasts() throws Exception {
        // The slice's clock says 2026-11-15 09:00 UTC.
        when(users.list(ADMIN)).thenReturn(List.of(
                new UserAccount(1, "admin", "Ada Admin", true, true, Instant.parse("2026-11-15T08:59:00Z"), true, 0),
                new UserAccount(6, "bea", "Bea Brown", false, true, Instant.parse("2026-11-15T09:14:00Z"), false, 2)));

        mvc.perform(get("/admin/users").with(user("admin")))
                .andExpect(status().isOk())
                .andExpect(view().name("admin/users"))
                .andExpect(model().attribute("users", contains(
                        new UsersPageController.Row(1, "admin", "Ada Admin", true, true, null, true),
                        new UsersPageController.Row(6, "bea", "Bea Brown", false, true, "2026-11-15 09:14 UTC",
                                false))))
                .andExpect(model().attribute("form", new UsersPageController.Form("", "", false)))
                .andExpect(model().attribute("errors", anEmptyMap()));
    }

    @Test
    void opensTheNewUsersPageWithANoticeAfterCreatingThem() throws Exception {
        when(users.create("bea", "Bea Brown", "a long secret", false, ADMIN))
                .thenReturn(new UserAccount(6, "bea", "Bea Brown", false, true, null, true, 0));

        mvc.perform(post("/admin/users").param("username", "bea").param("displayName", "Bea Brown")
                        .param("password", "a long secret").with(user("admin")).with(csrf()))
                .andExpect(redirectedUrl("/admin/users/6"))
                .andExpect(flash().attribute("notice",
                        "Created the user bea. Grant them roles below so that they can see scorecards."));
    }

    @Test
    void sendsTheFormBackWithoutThePasswordAndEachObjectionAtItsField() throws Exception {
        when(users.list(ADMIN)).thenReturn(List.of());
        when(users.create("b e a", "Bea Brown", "short", true, ADMIN)).thenThrow(new InvalidInputException(List.of(
                new FieldProblem("username", "may contain only letters, digits, dots, dashes and underscores"),
                new FieldProblem("password", "must have at least 12 characters"))));

        mvc.perform(post("/admin/users").param("username", "b e a").param("displayName", "Bea Brown")
                        .param("password", "short").param("admin", "true").with(user("admin")).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(view().name("admin/users"))
                .andExpect(model().attribute("form", new UsersPageController.Form("b e a", "Bea Brown", true)))
                .andExpect(model().attribute("errors", allOf(
                        hasEntry("username", "May contain only letters, digits, dots, dashes and underscores."),
                        hasEntry("password", "Must have at least 12 characters."))));
    }

    @Test
    void answersForbiddenWithTheReasonForSomeoneWhoIsNotAnAdministrator() throws Exception {
        when(users.list(ANA)).thenThrow(new ForbiddenException("Only administrators manage users."));

        mvc.perform(get("/admin/users").with(user("ana")))
                .andExpect(status().isForbidden())
                .andExpect(view().name("error/403"))
                .andExpect(model().attribute("message", "Only administrators manage users."));
    }
}
