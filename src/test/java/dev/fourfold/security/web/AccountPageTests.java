package dev.fourfold.security.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.anEmptyMap;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasEntry;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import dev.fourfold.scorecard.OrgUnit;
import dev.fourfold.scorecard.UnitService;
import dev.fourfold.security.Grant;
import dev.fourfold.security.GrantService;
import dev.fourfold.security.Role;
import dev.fourfold.security.UserAccount;
import dev.fourfold.security.UserService;
import dev.fourfold.shared.Access;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.ChangeSource;
import dev.fourfold.shared.FieldProblem;
import dev.fourfold.shared.InvalidInputException;
import dev.fourfold.web.PageSlice;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The account page's model: the signed-in user, their roles in words, and the password form's mistakes next to
 * their fields. The full flow with a database is in {@code dev.fourfold.security.AccountPageTests}.
 */
@PageSlice
class AccountPageTests {

    private static final Actor ANA = Actor.user("ana", ChangeSource.UI);
    private static final UserAccount ANA_ACCOUNT = new UserAccount(5, "ana", "Ana Lima", false, true, null, true, 3);

    @Autowired
    MockMvc mvc;

    @Autowired
    UserService users;

    @Autowired
    GrantService grants;

    @Autowired
    UnitService units;

    @Autowired
    Access access;

    @Test
    void showsTheUserAndTheirRolesByTheNameOfTheirTarget() throws Exception {
        when(users.findByUsername("ana")).thenReturn(Optional.of(ANA_ACCOUNT));
        when(grants.mine(ANA)).thenReturn(List.of(new Grant(1, 5, "ana", 2L, null, Role.KPI_OWNER),
                new Grant(2, 5, "ana", null, 8L, Role.VIEWER)));
        when(units.find(2)).thenReturn(Optional.of(new OrgUnit(2, 1L, "Sales", 0)));

        mvc.perform(get("/account").with(user("ana")))
                .andExpect(status().isOk())
                .andExpect(view().name("security/account"))
                .andExpect(model().attribute("me", ANA_ACCOUNT))
                .andExpect(model().attribute("admin", false))
                .andExpect(model().attribute("errors", anEmptyMap()))
                .andExpect(model().attribute("roles", contains(
                        new GrantTargets.Row(1, "KPI owner", "Unit Sales and everything below it"),
                        new GrantTargets.Row(2, "Viewer", "Scorecard #8"))));
    }

    @Test
    void refusesADifferentRepetitionWithoutAskingTheService() throws Exception {
        when(users.findByUsername("ana")).thenReturn(Optional.of(ANA_ACCOUNT));

        mvc.perform(changePassword("old secret", "new secret 1", "new secret 2"))
                .andExpect(status().isBadRequest())
                .andExpect(view().name("security/account"))
                .andExpect(model().attribute("errors", hasEntry("repeatPassword",
                        "Does not match the new password: type the same password twice.")));
        verify(users, never()).changeOwnPassword(any(), anyString(), anyString());
    }

    @Test
    void showsTheServicesObjectionsNextToTheirInputsAndOthersAboveTheForm() throws Exception {
        when(users.findByUsername("ana")).thenReturn(Optional.of(ANA_ACCOUNT));
        doThrow(new InvalidInputException(List.of(new FieldProblem("currentPassword", "is not your current password"),
                new FieldProblem("account", "is disabled"))))
                .when(users).changeOwnPassword(ANA, "wrong", "new secret 1");

        mvc.perform(changePassword("wrong", "new secret 1", "new secret 1"))
                .andExpect(status().isBadRequest())
                .andExpect(view().name("security/account"))
                .andExpect(model().attribute("errors", hasEntry("currentPassword", "Is not your current password.")))
                .andExpect(model().attribute("errors", hasEntry("form", "Is disabled.")));
    }

    @Test
    void redirectsToTheAccountWithANoticeAfterChangingThePassword() throws Exception {
        mvc.perform(changePassword("old secret", "new secret 1", "new secret 1"))
                .andExpect(redirectedUrl("/account"))
                .andExpect(flash().attribute("passwordChanged", true));
        verify(users).changeOwnPassword(ANA, "old secret", "new secret 1");
    }

    @Test
    void answersNotFoundWhenTheSignedInUserHasNoAccount() throws Exception {
        when(users.findByUsername("ghost")).thenReturn(Optional.empty());

        mvc.perform(get("/account").with(user("ghost")))
                .andExpect(status().isNotFound())
                .andExpect(view().name("error/404"))
                .andExpect(model().attribute("message", "There is no user ghost."));
    }

    @Test
    void speaksGermanToAGermanReaderWithRolesAndMistakesInGerman() throws Exception {
        when(users.findByUsername("ana")).thenReturn(Optional.of(ANA_ACCOUNT));
        when(grants.mine(ANA)).thenReturn(List.of(new Grant(1, 5, "ana", 2L, null, Role.KPI_OWNER)));
        when(units.find(2)).thenReturn(Optional.of(new OrgUnit(2, 1L, "Sales", 0)));

        mvc.perform(get("/account").with(user("ana")).locale(Locale.GERMAN))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<title>Ihr Konto · Fourfold</title>"),
                        containsString("Passwort ändern"), containsString("Neues Passwort wiederholen"),
                        containsString("KPI-Verantwortliche(r)"), containsString("Einheit Sales und alles darunter"),
                        not(containsString("Change your password")), not(containsString("??")))));
        mvc.perform(changePassword("old secret", "new secret 1", "new secret 2").locale(Locale.GERMAN))
                .andExpect(model().attribute("errors", hasEntry("repeatPassword",
                        "Stimmt nicht mit dem neuen Passwort überein: Geben Sie zweimal dasselbe Passwort ein.")));
    }

    private static MockHttpServletRequestBuilder changePassword(String current, String replacement, String repeated) {
        return post("/account/password").param("currentPassword", current).param("newPassword", replacement)
                .param("repeatPassword", repeated).with(user("ana")).with(csrf());
    }
}
