package dev.fourfold.security.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasKey;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
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

import dev.fourfold.security.ApiToken;
import dev.fourfold.security.TokenService;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.ChangeSource;
import dev.fourfold.web.PageSlice;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The API token page's model: the user's tokens newest first with their state, the create form with its defaults
 * (the slice's clock says 15 November 2026), and its mistakes. The full flow with a database is in
 * {@code dev.fourfold.security.TokenPageTests}.
 */
@PageSlice
class TokenPageTests {

    private static final Actor ANA = Actor.user("ana", ChangeSource.UI);

    @Autowired
    MockMvc mvc;

    @Autowired
    TokenService tokens;

    @Test
    @SuppressWarnings("unchecked")
    void listsTheUsersTokensNewestFirstWithTheirStateAndOffersADefaultForm() throws Exception {
        when(tokens.mine(ANA)).thenReturn(List.of(
                token(1, Instant.parse("2027-01-31T23:59:59Z"), null),
                token(2, Instant.parse("2027-01-31T23:59:59Z"), Instant.parse("2026-11-01T08:00:00Z")),
                token(3, Instant.parse("2026-11-01T23:59:59Z"), null)));

        var result = mvc.perform(get("/account/tokens").with(user("ana")))
                .andExpect(status().isOk())
                .andExpect(view().name("security/tokens"))
                .andExpect(model().attribute("form", new TokenPageController.Form("", "read", "2027-02-13")))
                .andExpect(model().attribute("minDate", "2026-11-16"))
                .andExpect(model().attribute("maxDate", "2027-11-15"))
                .andReturn();

        var rows = (List<TokenPageController.Row>) result.getModelAndView().getModel().get("tokens");
        assertThat(rows).extracting(TokenPageController.Row::id, TokenPageController.Row::state).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3L, "expired"),
                org.assertj.core.groups.Tuple.tuple(2L, "revoked"),
                org.assertj.core.groups.Tuple.tuple(1L, "active"));
    }

    @Test
    void keepsTheFormAndNamesTheFieldWhenTheDayIsNotADate() throws Exception {
        mvc.perform(post("/account/tokens").param("name", "ci").param("scope", "write").param("expiresOn", "next week")
                        .with(user("ana")).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(view().name("security/tokens"))
                .andExpect(model().attribute("form", new TokenPageController.Form("ci", "write", "next week")))
                .andExpect(model().attribute("errors", hasKey("expiresOn")));
        verify(tokens, never()).create(any(), any(), any(), any());
    }

    @Test
    void showsANewSecretOnceAfterRedirectingAndKeepsItValidToTheEndOfTheChosenDay() throws Exception {
        Instant end = Instant.parse("2026-12-31T23:59:59Z");
        when(tokens.create(ANA, "ci", "read", end)).thenReturn(new TokenService.Created(token(4, end, null), "ff_secret"));

        mvc.perform(post("/account/tokens").param("name", "ci").param("scope", "read").param("expiresOn", "2026-12-31")
                        .with(user("ana")).with(csrf()))
                .andExpect(redirectedUrl("/account/tokens"))
                .andExpect(flash().attribute("secret", "ff_secret"))
                .andExpect(flash().attribute("created", "ci"));
    }

    private static ApiToken token(long id, Instant expires, Instant revoked) {
        return new ApiToken(id, "ci", "ff_abc" + id, "read", Instant.parse("2026-10-01T08:00:00Z"), expires, null, revoked);
    }
}
