package dev.fourfold.security.web;

import static dev.fourfold.scorecard.ScorecardTestData.aScorecard;
import static dev.fourfold.scorecard.ScorecardTestData.aUnit;
import static org.hamcrest.Matchers.anEmptyMap;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasEntry;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.doThrow;
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

import dev.fourfold.scorecard.ScorecardService;
import dev.fourfold.scorecard.UnitService;
import dev.fourfold.security.UserAccount;
import dev.fourfold.security.UserService;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.ChangeSource;
import dev.fourfold.shared.ConflictException;
import dev.fourfold.shared.ForbiddenException;
import dev.fourfold.shared.InvalidInputException;
import dev.fourfold.shared.NotFoundException;
import dev.fourfold.shared.PageResponse;
import dev.fourfold.web.PageSlice;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The page of one user account and its edit and password forms: the stored values, a mistake shown in place with
 * the values sent, a concurrent edit answered with the current values, refusals as error pages. The full flow
 * with a database is in {@code dev.fourfold.security.UserAdminPageTests}.
 */
@PageSlice
class UserPageTests {

    static final Actor ADMIN = Actor.user("admin", ChangeSource.UI);
    static final Actor ANA = Actor.user("ana", ChangeSource.UI);
    // The slice's clock says 2026-11-15 09:00 UTC.
    private static final UserAccount BEA = new UserAccount(6, "bea", "Bea Brown", false, true,
            Instant.parse("2026-11-15T09:30:00Z"), true, 4);

    @Autowired
    MockMvc mvc;

    @Autowired
    UserService users;

    @Autowired
    UnitService units;

    @Autowired
    ScorecardService scorecards;

    @BeforeEach
    void offerAUnitAndAScorecard() {
        offerAUnitAndAScorecard(units, scorecards);
    }

    /** The choices of the grant form: the unit Company (1) and its scorecard (7). */
    static void offerAUnitAndAScorecard(UnitService units, ScorecardService scorecards) {
        when(units.list(isNull(), any(), any())).thenReturn(new PageResponse<>(List.of(aUnit().build()), 0, 500, 1));
        when(scorecards.list(isNull(), any(), any())).thenReturn(new PageResponse<>(
                List.of(aScorecard().withId(7).named("Company card").build()), 0, 500, 1));
    }

    @Test
    void showsTheStoredValuesTheHoldUpAndTheTargetsToGrantOn() throws Exception {
        when(users.get(6, ADMIN)).thenReturn(BEA);

        mvc.perform(get("/admin/users/6").with(user("admin")))
                .andExpect(status().isOk())
                .andExpect(view().name("admin/user"))
                .andExpect(model().attribute("user", BEA))
                .andExpect(model().attribute("locked", true))
                .andExpect(model().attribute("lockedUntil", "2026-11-15 09:30 UTC"))
                .andExpect(model().attribute("edit", new UserPage.EditForm("Bea Brown", false, true, 4)))
                .andExpect(model().attribute("roles", hasSize(3)))
                .andExpect(model().attribute("units", contains(new GrantTargets.Choice("unit:1", "Company"))))
                .andExpect(model().attribute("scorecards",
                        contains(new GrantTargets.Choice("scorecard:7", "Company card"))))
                .andExpect(model().attribute("errors", anEmptyMap()));
    }

    @Test
    void answersForbiddenWithTheReasonForSomeoneWhoIsNotAnAdministrator() throws Exception {
        when(users.get(6, ANA)).thenThrow(new ForbiddenException("Only administrators manage users."));

        mvc.perform(get("/admin/users/6").with(user("ana")))
                .andExpect(status().isForbidden())
                .andExpect(view().name("error/403"))
                .andExpect(model().attribute("message", "Only administrators manage users."));
    }

    @Test
    void answersNotFoundForAUserThatDoesNotExist() throws Exception {
        when(users.get(99, ADMIN)).thenThrow(new NotFoundException("user", 99));

        mvc.perform(get("/admin/users/99").with(user("admin")))
                .andExpect(status().isNotFound())
                .andExpect(view().name("error/404"));
    }

    @Test
    void redirectsToTheUserWithANoticeAfterSaving() throws Exception {
        when(users.update(6, "Bea B.", true, true, 4, ADMIN)).thenReturn(BEA);

        mvc.perform(post("/admin/users/6").param("displayName", "Bea B.").param("admin", "true")
                        .param("enabled", "true").param("version", "4").with(user("admin")).with(csrf()))
                .andExpect(redirectedUrl("/admin/users/6"))
                .andExpect(flash().attribute("notice", "Saved the user bea."));
    }

    @Test
    void showsTheSentValuesWithTheFieldsObjectionWhenTheServiceRefusesThem() throws Exception {
        when(users.get(6, ADMIN)).thenReturn(BEA);
        when(users.update(6, "x".repeat(300), false, false, 4, ADMIN))
                .thenThrow(new InvalidInputException("displayName", "is longer than 200 characters"));

        mvc.perform(post("/admin/users/6").param("displayName", "x".repeat(300)).param("version", "4")
                        .with(user("admin")).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(view().name("admin/user"))
                .andExpect(model().attribute("edit", new UserPage.EditForm("x".repeat(300), false, false, 4)))
                .andExpect(model().attribute("errors", hasEntry("displayName", "Is longer than 200 characters.")));
    }

    @Test
    void showsTheCurrentValuesAndAsksToRedoTheChangeWhenSomeoneElseSavedMeanwhile() throws Exception {
        when(users.get(6, ADMIN)).thenReturn(BEA);
        when(users.update(6, "Bea B.", false, true, 3, ADMIN))
                .thenThrow(ConflictException.staleVersion("user", 6, 3, 4));

        mvc.perform(post("/admin/users/6").param("displayName", "Bea B.").param("enabled", "true").param("version", "3")
                        .with(user("admin")).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(view().name("admin/user"))
                .andExpect(model().attribute("edit", new UserPage.EditForm("Bea Brown", false, true, 4)))
                .andExpect(model().attribute("errors", hasKey(FormErrors.FORM)));
    }

    @Test
    void redirectsWithANoticeAfterSettingAPassword() throws Exception {
        mvc.perform(post("/admin/users/6/password").param("password", "a long new secret")
                        .with(user("admin")).with(csrf()))
                .andExpect(redirectedUrl("/admin/users/6"))
                .andExpect(flash().attribute("notice",
                        "Set a new password; the account is unlocked. Tell the user on a safe channel."));
    }

    @Test
    void namesThePasswordFormsFieldWhenThePasswordIsRefused() throws Exception {
        when(users.get(6, ADMIN)).thenReturn(BEA);
        doThrow(new InvalidInputException("password", "must have at least 12 characters"))
                .when(users).setPassword(6, "short", ADMIN);

        mvc.perform(post("/admin/users/6/password").param("password", "short").with(user("admin")).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(view().name("admin/user"))
                .andExpect(model().attribute("errors", hasEntry("setPassword", "Must have at least 12 characters.")));
    }
}
