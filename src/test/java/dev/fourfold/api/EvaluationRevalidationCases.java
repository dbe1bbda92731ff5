package dev.fourfold.api;

import static dev.fourfold.api.ApiCases.created;
import static dev.fourfold.api.ApiCases.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Warm evaluations are not compiled again, answer unchanged repeats with 304, and never serve one user what only
 * another may see.
 */
interface EvaluationRevalidationCases extends ApiCases {

    MockMvc mvc();

    JdbcClient jdbc();

    /** How many scorecard models the server compiled so far. */
    long compilations();

    private MockHttpServletResponse fetch(String username, String uri, String ifNoneMatch, String language) {
        MockHttpServletRequestBuilder request = get(uri).with(user(username).password("unused")
                .authorities(new SimpleGrantedAuthority("SCOPE_read"), new SimpleGrantedAuthority("SCOPE_read-write")));
        if (ifNoneMatch != null) {
            request.header(HttpHeaders.IF_NONE_MATCH, ifNoneMatch);
        }
        if (language != null) {
            request.header(HttpHeaders.ACCEPT_LANGUAGE, language);
        }
        try {
            return mvc().perform(request).andReturn().getResponse();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String body(MockHttpServletResponse response) {
        try {
            return response.getContentAsString();
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Long> scorecardWithValue() {
        Map<String, Long> ids = scorecardWithObjective();
        String code = unique("K");
        long kpi = kpi(ids.get("objective"), code, "\"target\": 200");
        created(api().post("/api/v1/actuals", "{\"kpiId\": " + kpi + ", \"period\": \"2026-03\", \"value\": 150}"));
        return Map.of("scorecard", ids.get("scorecard"), "objective", ids.get("objective"), "kpi", kpi);
    }

    @Test
    default void answersAWarmEvaluationWithoutCompilingAgain() {
        long scorecard = scorecardWithValue().get("scorecard");
        String uri = "/api/v1/scorecards/" + scorecard + "/evaluation?period=2026-03";
        assertThat(api().get(uri).status()).isEqualTo(200);
        long compiled = compilations();
        for (String query : new String[] {"", "&view=ytd", "&explain=true"}) {
            assertThat(api().get(uri + query).status()).isEqualTo(200);
        }
        assertThat(compilations()).isEqualTo(compiled);
        created(api().post("/api/v1/targets", "{\"kpiId\": " + scorecardWithValue().get("kpi")
                + ", \"period\": \"2026-04\", \"value\": 1}"));
        assertThat(api().get(uri).status()).as("a write elsewhere leaves this model alone").isEqualTo(200);
        assertThat(compilations()).isEqualTo(compiled);
    }

    @Test
    default void answersAnUnchangedRepeatWith304UntilAWriteChangesTheEvaluation() {
        Map<String, Long> ids = scorecardWithValue();
        String uri = "/api/v1/scorecards/" + ids.get("scorecard") + "/evaluation?period=2026-03";
        MockHttpServletResponse first = fetch("admin", uri, null, null);
        String etag = first.getHeader(HttpHeaders.ETAG);
        assertThat(first.getStatus()).isEqualTo(200);
        assertThat(etag).isNotBlank();
        assertThat(first.getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("private, no-cache");

        MockHttpServletResponse repeat = fetch("admin", uri, etag, null);
        assertThat(repeat.getStatus()).isEqualTo(304);
        assertThat(repeat.getContentAsByteArray()).isEmpty();
        assertThat(fetch("admin", uri + "&view=ytd", etag, null).getStatus()).as("other parameters").isEqualTo(200);
        assertThat(fetch("admin", uri, etag, "de").getStatus()).as("another locale").isEqualTo(200);

        created(api().post("/api/v1/targets", "{\"kpiId\": " + ids.get("kpi") + ", \"period\": \"2026-03\", \"value\": 300}"));
        MockHttpServletResponse changed = fetch("admin", uri, etag, null);
        assertThat(changed.getStatus()).isEqualTo(200);
        assertThat(changed.getHeader(HttpHeaders.ETAG)).isNotEqualTo(etag);
    }

    @Test
    default void keepsAFrozenViewAndRevalidatesItUntilTheScorecardsVersionIsRaised() {
        Map<String, Long> ids = scorecardWithValue();
        long scorecard = ids.get("scorecard");
        assertThat(api().post("/api/v1/scorecards/" + scorecard + "/locks", "{\"period\": \"2026-03\"}").status())
                .isEqualTo(201);
        String uri = "/api/v1/scorecards/" + scorecard + "/evaluation?period=2026-03";
        MockHttpServletResponse frozen = fetch("admin", uri, null, null);
        String etag = frozen.getHeader(HttpHeaders.ETAG);
        assertThat(frozen.getStatus()).isEqualTo(200);
        assertThat(etag).as("a frozen view is revalidated like any other").isNotBlank();
        long compiled = compilations();
        assertThat(fetch("admin", uri, etag, null).getStatus()).isEqualTo(304);

        jdbc().sql("update actual_value set amount = 10 where kpi_id = :id").param("id", ids.get("kpi")).update();
        assertThat(fetch("admin", uri, etag, null).getStatus()).as("hand-made SQL alone is not seen").isEqualTo(304);
        jdbc().sql("update scorecard_version set version = version + 1 where scorecard_id = :id").param("id", scorecard)
                .update();
        MockHttpServletResponse changed = fetch("admin", uri, etag, null);
        assertThat(changed.getStatus()).as("seen once the version is raised").isEqualTo(200);
        assertThat(compilations()).isEqualTo(compiled + 1);
        assertThat(JsonPath.<List<String>>read(body(changed), "$.changedSinceLock")).hasSize(1);
    }

    @Test
    default void revalidatesSeriesAndExplanationsToo() {
        long kpi = scorecardWithValue().get("kpi");
        for (String uri : new String[] {"/api/v1/kpis/" + kpi + "/series?to=2026-03",
                "/api/v1/kpis/" + kpi + "/explanation?period=2026-03"}) {
            String etag = fetch("admin", uri, null, null).getHeader(HttpHeaders.ETAG);
            assertThat(etag).as(uri).isNotBlank();
            assertThat(fetch("admin", uri, etag, null).getStatus()).as(uri).isEqualTo(304);
        }
    }

    @Test
    default void givesTwoUsersWithDifferentGrantsTheirOwnAnswersFromAWarmModel() {
        Map<String, Long> shared = scorecardWithValue();
        Map<String, Long> secret = scorecardWithValue();
        String alice = unique("alice").toLowerCase();
        String bob = unique("bob").toLowerCase();
        long aliceId = newUser(alice);
        long bobId = newUser(bob);
        grant(aliceId, shared.get("scorecard"));
        grant(aliceId, secret.get("scorecard"));
        grant(bobId, shared.get("scorecard"));
        String sharedUri = "/api/v1/scorecards/" + shared.get("scorecard") + "/evaluation?period=2026-03";
        String secretUri = "/api/v1/scorecards/" + secret.get("scorecard") + "/evaluation?period=2026-03";
        String explanation = "/api/v1/kpis/" + secret.get("kpi") + "/explanation?period=2026-03";

        MockHttpServletResponse aliceSecret = fetch(alice, secretUri, null, null);
        assertThat(aliceSecret.getStatus()).isEqualTo(200);
        assertThat(fetch(alice, explanation, null, null).getStatus()).isEqualTo(200);
        assertThat(fetch(bob, secretUri, null, null).getStatus()).as("warm, but not bob's").isEqualTo(404);
        assertThat(fetch(bob, secretUri, aliceSecret.getHeader(HttpHeaders.ETAG), null).getStatus()).isEqualTo(404);
        assertThat(fetch(bob, explanation, null, null).getStatus()).isEqualTo(404);

        MockHttpServletResponse aliceShared = fetch(alice, sharedUri, null, null);
        MockHttpServletResponse bobShared = fetch(bob, sharedUri, aliceShared.getHeader(HttpHeaders.ETAG), null);
        assertThat(bobShared.getStatus()).as("alice's ETag is not bob's").isEqualTo(200);
        assertThat(bobShared.getHeader(HttpHeaders.ETAG)).isNotEqualTo(aliceShared.getHeader(HttpHeaders.ETAG));
        try {
            assertThat(bobShared.getContentAsString()).isEqualTo(aliceShared.getContentAsString());
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private long newUser(String name) {
        return created(api().post("/api/v1/users", "{\"username\": \"" + name + "\", \"password\": \"a-long-password-1\"}"));
    }

    private void grant(long userId, long scorecardId) {
        created(api().post("/api/v1/grants", "{\"userId\": " + userId + ", \"scorecardId\": " + scorecardId
                + ", \"role\": \"VIEWER\"}"));
    }
}
