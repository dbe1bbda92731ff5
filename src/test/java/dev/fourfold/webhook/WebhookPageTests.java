package dev.fourfold.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dev.fourfold.shared.Actor;
import dev.fourfold.support.TestClock;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/** The webhooks pages: administrators add, change, test and delete webhooks, in English and German. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestClock.class)
@Transactional
class WebhookPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Webhooks webhooks;

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, String user, Locale locale)
            throws Exception {
        return mvc.perform(request.with(user(user)).locale(locale)).andReturn().getResponse();
    }

    private WebhookSubscription aWebhook(String path) {
        return webhooks.create(new Webhooks.Draft("http://127.0.0.1:9" + path, List.of("value.recorded"), null, true,
                "page test"), Actor.system()).subscription();
    }

    @Test
    void addsAWebhookAndShowsItsSecretOnlyOnce() throws Exception {
        MockHttpServletResponse list = send(get("/webhooks"), "admin", Locale.ENGLISH);
        assertThat(list.getStatus()).isEqualTo(200);
        assertThat(list.getContentAsString()).contains("Add a webhook", "Value recorded", "All scorecards");

        MvcResult created = mvc.perform(post("/webhooks").with(csrf()).with(user("admin"))
                .param("url", "http://127.0.0.1:9/page").param("events", "value.recorded", "period.locked")
                .param("scorecardId", "").param("active", "true").param("description", "BI refresh")).andReturn();
        String location = created.getResponse().getRedirectedUrl();
        assertThat(location).matches("/webhooks/\\d+");
        String secret = (String) created.getFlashMap().get("secret");
        assertThat(secret).startsWith("whsec_");

        MockHttpServletResponse shown = mvc.perform(get(location).with(user("admin")).flashAttr("secret", secret))
                .andReturn().getResponse();
        assertThat(shown.getContentAsString()).contains(secret, "Copy it now", "http://127.0.0.1:9/page",
                "Nothing has been sent yet.");
        assertThat(send(get(location), "admin", Locale.ENGLISH).getContentAsString()).doesNotContain(secret);
        assertThat(send(get("/webhooks"), "admin", Locale.ENGLISH).getContentAsString()).contains("BI refresh");
    }

    @Test
    void keepsWhatWasTypedAndSaysWhatIsWrongAtEachFieldInGerman() throws Exception {
        MockHttpServletResponse refused = send(post("/webhooks").with(csrf()).param("url", "ftp://hooks.example.com/x")
                .param("scorecardId", "abc"), "admin", Locale.GERMAN);
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString()).contains("Webhook hinzufügen", "value=\"ftp://hooks.example.com/x\"",
                "id=\"url-error\"", "id=\"events-error\"", "Muss eine absolute http- oder https-URL sein",
                "Nennen Sie mindestens eines von value.recorded", "Es gibt keine Scorecard mit der ID 0");
    }

    @Test
    void changesTestsAndDeletesAWebhookShowingTheDeliveryLogInGerman() throws Exception {
        WebhookSubscription s = aWebhook("/change");
        MockHttpServletResponse saved = send(post("/webhooks/" + s.id()).with(csrf()).param("url", "http://127.0.0.1:9/changed")
                .param("events", "target.revised").param("version", "0"), "admin", Locale.GERMAN);
        assertThat(saved.getRedirectedUrl()).isEqualTo("/webhooks/" + s.id());
        WebhookSubscription changed = webhooks.get(s.id(), Actor.system());
        assertThat(changed.url()).isEqualTo("http://127.0.0.1:9/changed");
        assertThat(changed.active()).as("an unticked box pauses it").isFalse();
        MockHttpServletResponse stale = send(post("/webhooks/" + s.id()).with(csrf()).param("url", "http://127.0.0.1:9/x")
                .param("events", "target.revised").param("version", "0"), "admin", Locale.GERMAN);
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(stale.getContentAsString()).contains("id=\"form-error\"", "value=\"http://127.0.0.1:9/x\"");

        assertThat(send(post("/webhooks/" + s.id() + "/test").with(csrf()), "admin", Locale.GERMAN).getRedirectedUrl())
                .isEqualTo("/webhooks/" + s.id());
        String page = send(get("/webhooks/" + s.id()), "admin", Locale.GERMAN).getContentAsString();
        assertThat(page).contains("Zustellungen", "Testereignis senden", "ausstehend", "<code>ping</code>");

        assertThat(send(post("/webhooks/" + s.id() + "/delete").with(csrf()), "admin", Locale.GERMAN).getRedirectedUrl())
                .isEqualTo("/webhooks");
        assertThat(send(get("/webhooks/" + s.id()), "admin", Locale.GERMAN).getStatus()).isEqualTo(404);
    }

    @Test
    void rotatesTheSecretShowingTheNewOneOnceWithANoteToUpdateTheReceiver() throws Exception {
        WebhookSubscription s = aWebhook("/rotate");
        String page = send(get("/webhooks/" + s.id()), "admin", Locale.ENGLISH).getContentAsString();
        assertThat(page).contains("Signing secret", "id=\"rotate-secret\"", "action=\"/webhooks/" + s.id() + "/secret\"",
                "name=\"_csrf\"");

        MvcResult rotated = mvc.perform(post("/webhooks/" + s.id() + "/secret").with(csrf()).with(user("admin")))
                .andReturn();
        assertThat(rotated.getResponse().getRedirectedUrl()).isEqualTo("/webhooks/" + s.id());
        String secret = (String) rotated.getFlashMap().get("secret");
        assertThat(secret).startsWith("whsec_");

        MockHttpServletResponse shown = mvc.perform(get("/webhooks/" + s.id()).with(user("admin")).locale(Locale.GERMAN)
                .flashAttr("secret", secret).flashAttr("rotated", true)).andReturn().getResponse();
        assertThat(shown.getContentAsString()).contains(secret, "Das neue Signaturgeheimnis", "id=\"secret-rotated\"",
                "Tragen Sie dieses jetzt in Ihrem Empfänger ein", "Geheimnis erneuern");
        assertThat(send(get("/webhooks/" + s.id()), "admin", Locale.ENGLISH).getContentAsString()).doesNotContain(secret);
        assertThat(send(post("/webhooks/" + s.id() + "/secret").with(csrf()), "viewer", Locale.ENGLISH).getStatus())
                .isEqualTo(403);
        assertThat(send(post("/webhooks/999999999/secret").with(csrf()), "admin", Locale.ENGLISH).getStatus())
                .isEqualTo(404);
    }

    @Test
    void refusesEveryoneButAdministrators() throws Exception {
        WebhookSubscription s = aWebhook("/private");
        assertThat(send(get("/webhooks"), "owner", Locale.ENGLISH).getStatus()).isEqualTo(403);
        assertThat(send(get("/webhooks/" + s.id()), "viewer", Locale.ENGLISH).getStatus()).isEqualTo(403);
        assertThat(send(post("/webhooks").with(csrf()).param("url", "http://127.0.0.1:9/x"), "owner", Locale.ENGLISH)
                .getStatus()).isEqualTo(403);
    }
}
