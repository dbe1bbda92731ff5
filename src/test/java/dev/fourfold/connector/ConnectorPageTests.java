package dev.fourfold.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The connectors' pages: create with a KPI query, test, run now, the run history, in English and German. */
class ConnectorPageTests extends ConnectorContext {

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, Locale locale) throws Exception {
        return mvc.perform(request.with(user("admin")).locale(locale)).andReturn().getResponse();
    }

    private MockHttpServletRequestBuilder form(String uri, String... params) {
        MockHttpServletRequestBuilder b = post(uri).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            b = b.param(params[i], params[i + 1]);
        }
        return b;
    }

    private String page(String uri, Locale locale) throws Exception {
        return send(get(uri), locale).getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void createsAConnectorTestsItRunsItAndListsTheRun() throws Exception {
        String kpi = newKpi();
        Erp.sql("insert into revenue values ('" + kpi + "', '2026-11-20', 42)");
        MockHttpServletResponse created = send(form("/connectors", "name", "ERP page " + kpi, "jdbcUrl", Erp.url(),
                "username", "erp_reader", "passwordEnv", "ERP_TEST_PASSWORD", "cron", "0 0 6 * * *", "active", "true",
                "timeoutSeconds", "30", "kpiCode", kpi, "sql", revenue(kpi), "kpiCode", "", "sql", ""), Locale.ENGLISH);
        assertThat(created.getRedirectedUrl()).matches("/connectors/\\d+");
        String url = created.getRedirectedUrl();

        assertThat(page(url, Locale.ENGLISH)).contains("Test the queries", "Run now", "No run yet.", kpi)
                .doesNotContain("erp-secret");
        String test = send(form(url + "/test"), Locale.ENGLISH).getContentAsString(StandardCharsets.UTF_8);
        assertThat(test).contains("What a run would record now", "id=\"test-values\"", "2026-11");
        MockHttpServletResponse run = send(form(url + "/run"), Locale.ENGLISH);
        assertThat(run.getRedirectedUrl()).isEqualTo(url);
        assertThat(page(url, Locale.ENGLISH)).contains("id=\"runs\"", "by hand", "✔ ok");
        assertThat(page("/connectors", Locale.ENGLISH)).contains("ERP page " + kpi, "runs on its schedule");
        assertThat(page(url, Locale.GERMAN)).contains("Abfragen testen", "Jetzt ausführen", "von Hand");
    }

    @Test
    void keepsWhatWasTypedAndNamesEachWrongFieldInGermanToo() throws Exception {
        MockHttpServletResponse bad = send(form("/connectors", "name", "Falsch", "jdbcUrl", "jdbc:h2:mem:x;INIT=RUNSCRIPT",
                "cron", "jeden Tag", "timeoutSeconds", "30", "kpiCode", "NOPE", "sql", "select 1"), Locale.GERMAN);

        assertThat(bad.getStatus()).isEqualTo(400);
        String body = bad.getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains("jeden Tag", "NOPE", "id=\"jdbcUrl-error\"", "id=\"cron-error\"", "id=\"kpiCode-0-error\"",
                "Neuer Konnektor", "Abfragen je KPI", "darf keine H2-Datenbank nennen", "ist kein Cron-Ausdruck");
    }

    @Test
    void showsTheProblemsOfATestWithTheDatabasesMessage() throws Exception {
        long id = create("Page problems", query("S_REV", "select amount from nowhere where :periodStart < :periodEnd"),
                null).id();

        String test = send(form("/connectors/" + id + "/test"), Locale.ENGLISH).getContentAsString(StandardCharsets.UTF_8);

        assertThat(test).contains("id=\"test-problems\"", "nowhere", "queries[S_REV].sql");
        assertThat(send(form("/connectors/" + id + "/test"), Locale.GERMAN).getContentAsString(StandardCharsets.UTF_8))
                .contains("in der Datenbank fehlgeschlagen: ", "nowhere");
    }

    @Test
    void refusesOthersThanAdministrators() throws Exception {
        assertThat(mvc.perform(get("/connectors").with(user("viewer"))).andReturn().getResponse().getStatus())
                .isEqualTo(403);
    }
}
