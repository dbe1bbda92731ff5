package dev.fourfold.security.web;

import static dev.fourfold.security.web.UserPageTests.ADMIN;
import static org.hamcrest.Matchers.hasEntry;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import dev.fourfold.scorecard.ScorecardService;
import dev.fourfold.scorecard.UnitService;
import dev.fourfold.security.GrantService;
import dev.fourfold.security.UserAccount;
import dev.fourfold.security.UserService;
import dev.fourfold.shared.FieldProblem;
import dev.fourfold.shared.ForbiddenException;
import dev.fourfold.shared.InvalidInputException;
import dev.fourfold.web.PageSlice;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * Granting and removing roles from a user's page: the target select's {@code unit:ID} or {@code scorecard:ID} told
 * apart, a mistake shown on the user's page under the grant form, and a redirect with a notice after a change.
 */
@PageSlice
class GrantPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    GrantService grants;

    @Autowired
    UserService users;

    @Autowired
    UnitService units;

    @Autowired
    ScorecardService scorecards;

    @BeforeEach
    void showBeaWhenThePageIsShownAgain() {
        when(users.get(6, ADMIN)).thenReturn(new UserAccount(6, "bea", "Bea Brown", false, true, null, true, 4));
        UserPageTests.offerAUnitAndAScorecard(units, scorecards);
    }

    @Test
    void grantsTheRoleOnTheChosenUnitAndRedirectsWithANotice() throws Exception {
        mvc.perform(grant("KPI_OWNER", "unit:1"))
                .andExpect(redirectedUrl("/admin/users/6"))
                .andExpect(flash().attribute("notice", "Granted the role."));
        verify(grants).create(6, 1L, null, "KPI_OWNER", ADMIN);
    }

    @Test
    void grantsTheRoleOnTheChosenScorecard() throws Exception {
        mvc.perform(grant("VIEWER", "scorecard:7")).andExpect(redirectedUrl("/admin/users/6"));
        verify(grants).create(6, null, 7L, "VIEWER", ADMIN);
    }

    @Test
    void showsTheUsersPageAgainWhenNoTargetIsChosen() throws Exception {
        mvc.perform(grant("VIEWER", ""))
                .andExpect(status().isBadRequest())
                .andExpect(view().name("admin/user"))
                .andExpect(model().attribute("errors", hasEntry("grant", "Choose a unit or a scorecard.")));
        verify(grants, never()).create(anyLong(), any(), any(), anyString(), any());
    }

    @Test
    void namesATargetThatIsNoNumberWithoutAskingTheService() throws Exception {
        mvc.perform(grant("VIEWER", "unit:sales"))
                .andExpect(status().isBadRequest())
                .andExpect(model().attribute("errors", hasEntry("grant", "'unit:sales' is not a unit or scorecard.")));
        verify(grants, never()).create(anyLong(), any(), any(), anyString(), any());
    }

    @Test
    void joinsTheServicesObjectionsUnderTheGrantForm() throws Exception {
        when(grants.create(6, 1L, null, "BOSS", ADMIN)).thenThrow(new InvalidInputException(List.of(
                new FieldProblem("role", "'BOSS' is not a role"),
                new FieldProblem("unitId", "already granted"))));

        mvc.perform(grant("BOSS", "unit:1"))
                .andExpect(status().isBadRequest())
                .andExpect(view().name("admin/user"))
                .andExpect(model().attribute("errors", hasEntry("grant", "'BOSS' is not a role. Already granted.")));
    }

    @Test
    void removesTheRoleAndRedirectsWithANotice() throws Exception {
        mvc.perform(post("/admin/users/6/grants/3/delete").with(user("admin")).with(csrf()))
                .andExpect(redirectedUrl("/admin/users/6"))
                .andExpect(flash().attribute("notice", "Removed the role."));
        verify(grants).delete(3, ADMIN);
    }

    @Test
    void answersForbiddenWhenTheServiceRefusesTheRemoval() throws Exception {
        doThrow(new ForbiddenException("Only administrators manage roles.")).when(grants).delete(3, UserPageTests.ANA);

        mvc.perform(post("/admin/users/6/grants/3/delete").with(user("ana")).with(csrf()))
                .andExpect(status().isForbidden())
                .andExpect(view().name("error/403"))
                .andExpect(model().attribute("message", "Only administrators manage roles."));
    }

    private static RequestBuilder grant(String role, String target) {
        return post("/admin/users/6/grants").param("role", role).param("target", target)
                .with(user("admin")).with(csrf());
    }
}
