package dev.fourfold.security.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import dev.fourfold.security.InitialUsers;
import dev.fourfold.support.Messages;
import dev.fourfold.web.PageSlice;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * The sign-in page's model as the throttled sign-in shows it: whether to name the demo users, the identity provider
 * (none is configured in tests), and how long to wait. A plain {@code GET /login} is not asked here: in the slice,
 * Spring Security's default configuration answers it with its own generated form before the controller.
 */
@PageSlice
@WithMockUser
class LoginPageTests {

    private static final String RETRY_AFTER = "fourfold.signIn.retryAfter";

    @Autowired
    MockMvc mvc;

    @Autowired
    InitialUsers initialUsers;

    @Test
    void showsTheFormAgainWithTheTimeToWaitAfterAThrottledAttempt() throws Exception {
        mvc.perform(throttled(90))
                .andExpect(status().isTooManyRequests())
                .andExpect(view().name("security/login"))
                .andExpect(model().attribute("wait", "2 minutes"))
                .andExpect(model().attribute("demo", false))
                .andExpect(model().attributeDoesNotExist("oidc"));
    }

    @Test
    void namesTheDemoUsersInDemoMode() throws Exception {
        when(initialUsers.demoMode()).thenReturn(true);

        mvc.perform(throttled(1))
                .andExpect(view().name("security/login"))
                .andExpect(model().attribute("wait", "1 second"))
                .andExpect(model().attribute("demo", true));
    }

    @Test
    void sendsADirectVisitOfTheThrottledPageToTheSignInPage() throws Exception {
        mvc.perform(get("/login/throttled")).andExpect(redirectedUrl("/login"));
    }

    @Test
    void tellsTheWaitInSecondsUnderAMinuteAndInWholeMinutesRoundedUpAbove() {
        MessageSource messages = Messages.bundles();
        assertThat(LoginController.waitText(1, messages, Locale.ENGLISH)).isEqualTo("1 second");
        assertThat(LoginController.waitText(59, messages, Locale.ENGLISH)).isEqualTo("59 seconds");
        assertThat(LoginController.waitText(60, messages, Locale.ENGLISH)).isEqualTo("1 minute");
        assertThat(LoginController.waitText(61, messages, Locale.ENGLISH)).isEqualTo("2 minutes");
        assertThat(LoginController.waitText(61, messages, Locale.GERMAN)).isEqualTo("2 Minuten");
    }

    private static RequestBuilder throttled(long seconds) {
        // As the sign-in filter forwards a refused attempt: a POST with the seconds as a request attribute.
        return post("/login/throttled").requestAttr(RETRY_AFTER, seconds).with(csrf());
    }
}
