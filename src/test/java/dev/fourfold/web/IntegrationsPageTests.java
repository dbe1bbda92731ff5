package dev.fourfold.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** The page of the ways data comes in and goes out. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class IntegrationsPageTests {

    @Autowired
    MockMvc mvc;

    private String page(String user, Locale locale) throws Exception {
        return mvc.perform(get("/integrations").with(user(user)).locale(locale)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void showsAdministratorsConnectorsAndWebhooksBesideFilesTheApiAndTheFeed() throws Exception {
        assertThat(page("admin", Locale.ENGLISH)).contains("href=\"/imports\"", "href=\"/swagger-ui.html\"",
                "href=\"/account/tokens\"", "/api/v1/facts?format=csv", "href=\"/connectors\"", "href=\"/webhooks\"")
                .doesNotContain("href=\"/api/");
    }

    @Test
    void leavesConnectorsAndWebhooksOutForOthersAndSpeaksGerman() throws Exception {
        assertThat(page("viewer", Locale.GERMAN)).contains("Daten hinein und hinaus", "BI-Feed")
                .doesNotContain("href=\"/connectors\"", "href=\"/webhooks\"");
    }
}
