package dev.fourfold.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import dev.fourfold.shared.Actor;
import dev.fourfold.support.TestClock;
import java.net.URI;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Signing in through the company's identity provider (OpenID Connect), against a stub provider on loopback: the
 * real authorization-code flow, ID-token signature and nonce checks, and the mapping to the Fourfold user.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestClock.class)
class OidcSignInTests {

    private static final StubIdentityProvider PROVIDER = new StubIdentityProvider();

    @DynamicPropertySource
    static void identityProvider(DynamicPropertyRegistry registry) {
        String prefix = "spring.security.oauth2.client.";
        registry.add(prefix + "registration.company.provider", () -> "company");
        registry.add(prefix + "registration.company.client-id", () -> StubIdentityProvider.CLIENT_ID);
        registry.add(prefix + "registration.company.client-secret", () -> "stub-secret");
        registry.add(prefix + "registration.company.scope", () -> "openid,profile");
        registry.add(prefix + "provider.company.issuer-uri", PROVIDER::issuer);
        registry.add(prefix + "provider.company.user-name-attribute", () -> "preferred_username");
        registry.add("fourfold.security.oidc-registration", () -> "company");
    }

    @AfterAll
    static void stop() {
        PROVIDER.close();
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    UserService users;

    /** Runs the code flow for {@code username}; returns where the browser is sent at the end and the session. */
    private MvcResult signIn(String username, MockHttpSession session) throws Exception {
        MvcResult start = mvc.perform(get("/oauth2/authorization/company").session(session)).andReturn();
        URI authorize = URI.create(start.getResponse().getRedirectedUrl());
        assertThat(authorize.toString()).startsWith(PROVIDER.issuer() + "/authorize");
        Map<String, String> query = Arrays.stream(authorize.getRawQuery().split("&")).map(p -> p.split("=", 2))
                .collect(Collectors.toMap(p -> p[0], p -> java.net.URLDecoder.decode(p[1], java.nio.charset.StandardCharsets.UTF_8)));
        PROVIDER.next(username, query.get("nonce"));
        return mvc.perform(get("/login/oauth2/code/company").session(session)
                .param("code", "stub-code").param("state", query.get("state"))).andReturn();
    }

    @Test
    void signsInAKnownUserThroughTheIdentityProvider() throws Exception {
        users.create("oidc-user", "Olivia Oidc", null, false, Actor.system());
        MockHttpSession session = new MockHttpSession();
        MvcResult done = signIn("oidc-user", session);
        assertThat(done.getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(mvc.perform(get("/account").session(session)).andReturn().getResponse().getContentAsString())
                .as("signed in as the Fourfold user of the same name").contains("oidc-user");
    }

    @Test
    void refusesSomeoneTheIdentityProviderKnowsButFourfoldDoesNot() throws Exception {
        MockHttpSession session = new MockHttpSession();
        MvcResult done = signIn("stranger", session);
        assertThat(done.getResponse().getRedirectedUrl()).startsWith("/login?error");
        assertThat(mvc.perform(get("/").session(session)).andReturn().getResponse().getStatus()).isEqualTo(302);
    }

    @Test
    void offersTheCompanySignInOnTheLoginPage() throws Exception {
        assertThat(mvc.perform(get("/login")).andReturn().getResponse().getContentAsString())
                .contains("/oauth2/authorization/company");
    }
}
