package dev.fourfold.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.fourfold.shared.Actor;
import dev.fourfold.support.TestClock;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.servlet.FlashMap;

/** The API token page: the secret shows once, works as a bearer token, and a revoked token is refused. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestClock.class)
class TokenPageTests {

    private static final AtomicInteger USERS = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    UserService users;

    @Autowired
    TokenService tokens;

    @Autowired
    Clock clock;

    private String aUser() {
        String name = "token-page-" + USERS.incrementAndGet();
        users.create(name, "Toby Token", "password-123", false, Actor.system());
        return name;
    }

    private FlashMap createToken(String username, String name, String scope) throws Exception {
        MvcResult created = mvc.perform(post("/account/tokens").with(user(username)).with(csrf())
                        .param("name", name).param("scope", scope).param("expiresOn", "2027-01-31"))
                .andExpect(redirectedUrl("/account/tokens")).andReturn();
        return created.getFlashMap();
    }

    @Test
    void offersAnExpiryNinetyDaysAheadAndSaysWhenThereAreNoTokens() throws Exception {
        String inNinetyDays = LocalDate.now(clock).plusDays(90).toString();
        mvc.perform(get("/account/tokens").with(user(aUser())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("value=\"" + inNinetyDays + "\"")))
                .andExpect(content().string(Matchers.containsString("You have no API tokens yet")));
    }

    @Test
    void showsTheSecretOnceAndTheSecretWorksAsBearerToken() throws Exception {
        String username = aUser();
        FlashMap flash = createToken(username, "nightly <export>", "read");
        String secret = (String) flash.get("secret");
        assertThat(secret).startsWith("ff_");

        String first = mvc.perform(get("/account/tokens").with(user(username)).flashAttrs(flash))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(first).contains(secret).contains("will not be shown again").contains("nightly &lt;export&gt;");
        String again = mvc.perform(get("/account/tokens").with(user(username)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(again).doesNotContain(secret).contains(secret.substring(0, 10)).contains("2027-01-31");

        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(username));
    }

    @Test
    void refusesARevokedTokenWithProblemJson() throws Exception {
        String username = aUser();
        String secret = (String) createToken(username, "to revoke", "read-write").get("secret");
        long id = tokens.mine(Actor.user(username, dev.fourfold.shared.ChangeSource.UI)).get(0).id();

        mvc.perform(post("/account/tokens/{id}/revoke", id).with(user(username)).with(csrf()))
                .andExpect(redirectedUrl("/account/tokens"));

        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/account/tokens").with(user(username)))
                .andExpect(content().string(Matchers.containsString("revoked")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("/revoke"))));
    }

    @Test
    void showsProblemsNextToTheFieldsAndKeepsWhatWasTyped() throws Exception {
        mvc.perform(post("/account/tokens").with(user(aUser())).with(csrf())
                        .param("name", "").param("scope", "read").param("expiresOn", "2030-01-01"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("id=\"name-error\"")))
                .andExpect(content().string(Matchers.containsString("id=\"expiresOn-error\"")))
                .andExpect(content().string(Matchers.containsString("value=\"2030-01-01\"")));
    }

    @Test
    void refusesAControlCharacterInATokenNameSentFromThePage() throws Exception {
        String username = aUser();
        mvc.perform(post("/account/tokens").with(user(username)).with(csrf())
                        .param("name", "ci\u0000bot").param("scope", "read").param("expiresOn", "2027-01-01"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("id=\"name-error\"")))
                .andExpect(content().string(Matchers.containsString("NUL character")));
    }

    @Test
    void refusesToRevokeSomeoneElsesToken() throws Exception {
        String owner = aUser();
        createToken(owner, "mine", "read");
        long id = tokens.mine(Actor.user(owner, dev.fourfold.shared.ChangeSource.UI)).get(0).id();
        mvc.perform(post("/account/tokens/{id}/revoke", id).with(user(aUser())).with(csrf()))
                .andExpect(status().isNotFound())
                .andExpect(content().string(Matchers.containsString("There is nothing here")));
    }

    @Test
    void refusesARevokeWithoutCsrfToken() throws Exception {
        String owner = aUser();
        createToken(owner, "kept", "read");
        long id = tokens.mine(Actor.user(owner, dev.fourfold.shared.ChangeSource.UI)).get(0).id();
        mvc.perform(post("/account/tokens/{id}/revoke", id).with(user(owner))).andExpect(status().isForbidden());
        assertThat(tokens.mine(Actor.user(owner, dev.fourfold.shared.ChangeSource.UI)).get(0).revokedAt()).isNull();
    }
}
