package dev.fourfold.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import dev.fourfold.support.Api;
import dev.fourfold.support.TestClock;
import jakarta.servlet.http.Cookie;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Sign-in, tokens, approval, period locks and the audit trail, end to end through the API. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestClock.class)
class SecurityFlowTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    SignInThrottle throttle;

    @Autowired
    UserRepository users;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    Clock clock;

    Api admin;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void client() {
        admin = new Api(mvc);
    }

    private long id(String sql) {
        return ((Number) admin.get(sql).json("$.items[0].id")).longValue();
    }

    private long kpi(String code) {
        List<Object> ids = admin.get("/api/v1/kpis?size=500").json("$.items[?(@.code == '" + code + "')].id");
        return ((Number) ids.get(0)).longValue();
    }

    @Test
    void answersAnonymousApiCallsWith401ProblemAndSendsPagesToTheLoginForm() throws Exception {
        Api.Answer answer = admin.anonymous().get("/api/v1/kpis");
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        MvcResult page = mvc.perform(get("/")).andReturn();
        assertThat(page.getResponse().getStatus()).isEqualTo(302);
        assertThat(page.getResponse().getRedirectedUrl()).endsWith("/login");
    }

    private Api.Answer createUser(String username) {
        Api.Answer created = admin.post("/api/v1/users", "{\"username\": \"" + username + "\", \"password\": \"right-password-1\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created;
    }

    private MockHttpServletResponse basic(String username, String password) throws Exception {
        return mvc.perform(get("/api/v1/me").with(httpBasic(username, password))).andReturn().getResponse();
    }

    private MockHttpServletResponse form(String username, String password, Cookie... cookies) throws Exception {
        var request = post("/login").param("username", username).param("password", password).with(csrf());
        return mvc.perform(cookies.length == 0 ? request : request.cookie(cookies)).andReturn().getResponse();
    }

    @Test
    void showsTheMenuOnlyToASignedInUserAndMasksEveryPagesCsrfTokenAfresh() throws Exception {
        assertThat(mvc.perform(get("/login")).andReturn().getResponse().getContentAsString())
                .doesNotContain("id=\"main-nav\"", "Sign out");
        createUser("menu-reader");
        MvcResult signIn = mvc.perform(post("/login").param("username", "menu-reader")
                .param("password", "right-password-1").with(csrf())).andReturn();
        MockHttpSession session = (MockHttpSession) signIn.getRequest().getSession(false);
        String first = mvc.perform(get("/").session(session)).andReturn().getResponse().getContentAsString();
        String second = mvc.perform(get("/").session(session)).andReturn().getResponse().getContentAsString();
        assertThat(first).contains("id=\"main-nav\"", "Sign out", ">menu-reader</a>");
        assertThat(csrfToken(first)).as("a fresh mask per page").isNotEqualTo(csrfToken(second)).hasSizeGreaterThan(40);
    }

    private static String csrfToken(String page) {
        Matcher m = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(page);
        assertThat(m.find()).as("a CSRF token in the page").isTrue();
        return m.group(1);
    }

    @Test
    void slowsHttpBasicDownWith429AndRetryAfterInsteadOfLockingTheAccount() throws Exception {
        createUser("slowpoke");
        assertThat(basic("slowpoke", "right-password-1").getStatus()).isEqualTo(200);
        for (int i = 0; i < 5; i++) {
            assertThat(basic("slowpoke", "wrong-" + i).getStatus()).isEqualTo(401);
        }
        MockHttpServletResponse throttled = basic("slowpoke", "right-password-1");
        assertThat(throttled.getStatus()).as("held up even with the right password").isEqualTo(429);
        assertThat(throttled.getContentType()).startsWith("application/problem+json");
        assertThat(throttled.getHeader("Retry-After")).isEqualTo("1");
        assertThat(JsonPath.<String>read(throttled.getContentAsString(), "$.type")).endsWith("/sign-in-throttled");
        assertThat(JsonPath.<String>read(throttled.getContentAsString(), "$.detail")).contains("try again in 1 s");

        throttle.succeeded("slowpoke", null, TestClock.NOW);
        assertThat(basic("slowpoke", "right-password-1").getStatus()).as("the wait is over").isEqualTo(200);
        assertThat(users.findByUsername("slowpoke").orElseThrow().enabled()).as("never locked").isTrue();
    }

    @Test
    void doublesTheWaitWithEveryFurtherFailureUpToTheLongestAndForgetsItAfterASuccess() {
        String name = "doubler";
        Instant now = TestClock.NOW;
        for (int i = 0; i < 4; i++) {
            throttle.failed(name, null, now);
        }
        assertThat(throttle.wait(name, null, now)).as("four failures are free").isEmpty();
        long expected = 1;
        for (int failure = 5; failure <= 20; failure++) {
            throttle.failed(name, null, now);
            assertThat(throttle.wait(name, null, now)).as("after failure " + failure).contains(Duration.ofSeconds(expected));
            now = now.plusSeconds(expected);
            assertThat(throttle.wait(name, null, now)).isEmpty();
            expected = Math.min(expected * 2, 900);
        }
        throttle.failed(name, null, now);
        throttle.succeeded(name, null, now);
        assertThat(throttle.wait(name, null, now)).isEmpty();
        throttle.failed(name, null, now);
        assertThat(throttle.wait(name, null, now)).as("counting starts again").isEmpty();
    }

    @Test
    void refusesAThrottledAttemptBeforeHashingThePasswordAndThrottlesUnknownNamesAlike() {
        createUser("hasher");
        AtomicInteger hashings = new AtomicInteger();
        PasswordEncoder counting = new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                return encoder.encode(raw);
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                hashings.incrementAndGet();
                return encoder.matches(raw, encoded);
            }
        };
        PasswordSignIn signIn = new PasswordSignIn(users, counting, throttle, clock);
        for (String name : List.of("hasher", "nobody-by-this-name")) {
            hashings.set(0);
            for (int i = 0; i < 5; i++) {
                assertThatThrownBy(() -> signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(name, "wrong")))
                        .isInstanceOf(BadCredentialsException.class);
            }
            assertThat(hashings).hasValue(5);
            for (int i = 0; i < 100; i++) {
                assertThatThrownBy(() -> signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(name, "right-password-1")))
                        .isInstanceOf(SignInThrottledException.class);
            }
            assertThat(hashings).as("throttled attempts hash nothing").hasValue(5);
        }
    }

    @Test
    void keepsApiTokensWorkingWhileTheAccountIsThrottledAndStopsThemWhenTheUserIsDisabled() throws Exception {
        Api.Answer user = createUser("tokened");
        Api.Answer token = admin.as("tokened").post("/api/v1/me/tokens",
                "{\"name\": \"robot\", \"scope\": \"read\", \"expiresAt\": \"2027-02-01T00:00:00Z\"}");
        String secret = token.json("$.secret");
        for (int i = 0; i < 8; i++) {
            basic("tokened", "wrong-" + i);
        }
        assertThat(basic("tokened", "right-password-1").getStatus()).isEqualTo(429);
        assertThat(mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret)).andReturn().getResponse().getStatus())
                .as("tokens are not held up").isEqualTo(200);

        Api.Answer disabled = admin.put("/api/v1/users/" + user.id(), "{\"enabled\": false, \"version\": " + user.version() + "}");
        assertThat(disabled.status()).as(disabled.body()).isEqualTo(200);
        MockHttpServletResponse refused = mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret)).andReturn().getResponse();
        assertThat(refused.getStatus()).as("a disabled user's token stops").isEqualTo(401);
        assertThat(refused.getContentType()).startsWith("application/problem+json");
    }

    @Test
    void letsABrowserThatSignedInBeforeSignInWhileOthersHoldTheAccountUp() throws Exception {
        createUser("traveller");
        MockHttpServletResponse first = form("traveller", "right-password-1");
        assertThat(first.getStatus()).isEqualTo(302);
        assertThat(first.getRedirectedUrl()).isEqualTo("/");
        String setCookie = first.getHeaders("Set-Cookie").stream().filter(c -> c.startsWith("fourfold-device=")).findFirst().orElseThrow();
        assertThat(setCookie).contains("HttpOnly", "Path=/login", "SameSite=Lax");
        Cookie device = new Cookie("fourfold-device", setCookie.substring("fourfold-device=".length(), setCookie.indexOf(';')));

        for (int i = 0; i < 6; i++) {
            basic("traveller", "guess-" + i);
        }
        MockHttpServletResponse stranger = form("traveller", "right-password-1");
        assertThat(stranger.getStatus()).isEqualTo(429);
        assertThat(stranger.getHeader("Retry-After")).as("the sixth guess came too early and did not count").isEqualTo("1");
        assertThat(stranger.getForwardedUrl()).isEqualTo("/login/throttled");
        assertThat(form("traveller", "right-password-1", new Cookie("fourfold-device", "forged")).getStatus()).isEqualTo(429);

        MockHttpServletResponse known = form("traveller", "right-password-1", device);
        assertThat(known.getStatus()).as("the known browser is not held up").isEqualTo(302);
        assertThat(known.getRedirectedUrl()).isEqualTo("/");

        for (int i = 0; i < 5; i++) {
            assertThat(form("traveller", "guess-" + i, device).getRedirectedUrl()).isEqualTo("/login?error");
        }
        assertThat(form("traveller", "right-password-1", device).getStatus())
                .as("a known browser that keeps guessing is no longer trusted").isEqualTo(429);
    }

    @Test
    void showsTheThrottledSignInPageWithTheWait() throws Exception {
        MockHttpServletResponse page = mvc.perform(get("/login/throttled").requestAttr("fourfold.signIn.retryAfter", 90L))
                .andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(429);
        assertThat(page.getContentAsString()).contains("id=\"throttled\"", "2 minutes");
        assertThat(mvc.perform(get("/login/throttled")).andReturn().getResponse().getRedirectedUrl()).isEqualTo("/login");
    }

    @Test
    void letsAnAdministratorClearTheWaitBySettingAPassword() throws Exception {
        Api.Answer user = createUser("forgetful");
        for (int i = 0; i < 7; i++) {
            basic("forgetful", "wrong-" + i);
        }
        assertThat(users.findByUsername("forgetful").orElseThrow().lockedUntil()).isAfter(TestClock.NOW);
        assertThat(admin.put("/api/v1/users/" + user.id() + "/password", "{\"password\": \"another-password-1\"}").status()).isEqualTo(204);
        assertThat(users.findByUsername("forgetful").orElseThrow().lockedUntil()).isNull();
        assertThat(basic("forgetful", "another-password-1").getStatus()).isEqualTo(200);
    }

    @Test
    void acceptsATokenUntilItIsRevokedAndLetsAReadTokenOnlyRead() {
        Api steward = admin.as("steward");
        Api.Answer created = steward.post("/api/v1/me/tokens",
                "{\"name\": \"Excel refresh\", \"scope\": \"read-write\", \"expiresAt\": \"2027-02-01T00:00:00Z\"}");
        assertThat(created.status()).isEqualTo(201);
        String secret = created.json("$.secret");
        Api bearer = admin.with(r -> {
            r.addHeader("Authorization", "Bearer " + secret);
            return r;
        });
        assertThat(bearer.get("/api/v1/me").<String>json("$.username")).isEqualTo("steward");
        assertThat(steward.get("/api/v1/me/tokens").<List<String>>json("$[*].name")).contains("Excel refresh");
        assertThat(steward.get("/api/v1/me/tokens").body()).doesNotContain(secret);

        assertThat(steward.delete("/api/v1/me/tokens/" + ((Number) created.json("$.token.id")).longValue()).status()).isEqualTo(204);
        Api.Answer revoked = bearer.get("/api/v1/me");
        assertThat(revoked.status()).isEqualTo(401);
        assertThat(revoked.contentType()).startsWith("application/problem+json");

        String read = steward.post("/api/v1/me/tokens", "{\"name\": \"BI\", \"scope\": \"read\", \"expiresAt\": \"2027-02-01T00:00:00Z\"}")
                .json("$.secret");
        Api reader = admin.with(r -> {
            r.addHeader("Authorization", "Bearer " + read);
            return r;
        });
        assertThat(reader.get("/api/v1/kpis").status()).isEqualTo(200);
        assertThat(reader.post("/api/v1/actuals", "{\"kpiCode\": \"S_REV\", \"period\": \"2026-11\", \"value\": 1}").status()).isEqualTo(403);
    }

    @Test
    void keepsAKpiOwnersValuePendingUntilAScorecardOwnerApprovesIt() {
        Api steward = admin.as("steward");
        long kpi = kpi("S_SLA");
        Api.Answer entered = steward.post("/api/v1/actuals", "{\"kpiId\": " + kpi + ", \"period\": \"2026-11\", \"value\": 96.5}");
        assertThat(entered.status()).as(entered.body()).isEqualTo(201);
        assertThat(entered.<String>json("$.state")).isEqualTo("pending");
        String evaluation = "/api/v1/scorecards/3/evaluation?period=2026-11";
        Map<String, Object> before = admin.get(evaluation)
                .<List<Map<String, Object>>>json("$.perspectives[*].objectives[*].kpis[?(@.code == 'S_SLA')]").get(0);
        assertThat(before.get("status")).isEqualTo("none");

        assertThat(steward.post("/api/v1/actuals/" + entered.id() + "/approve", "").status()).as("a KPI owner cannot approve").isEqualTo(403);
        Api.Answer approved = admin.as("owner").post("/api/v1/actuals/" + entered.id() + "/approve", "{\"comment\": \"checked\"}");
        assertThat(approved.<String>json("$.state")).isEqualTo("approved");
        Map<String, Object> after = admin.get(evaluation)
                .<List<Map<String, Object>>>json("$.perspectives[*].objectives[*].kpis[?(@.code == 'S_SLA')]").get(0);
        assertThat(after.get("score")).isNotNull();

        Api.Answer trail = admin.as("viewer").get("/api/v1/changes?entity=actual&entityId=" + entered.id());
        assertThat(trail.<List<String>>json("$.items[*].actor")).contains("steward", "owner");
        assertThat(trail.<List<String>>json("$.items[?(@.field == 'state')].newValue")).contains("approved");
    }

    @Test
    void letsAKpiOwnerEnterValuesOnlyForTheKpisTheyOwn() {
        long objective = ((Number) admin.get("/api/v1/objectives?scorecardId=3").json("$.items[0].id")).longValue();
        Api.Answer someoneElses = admin.post("/api/v1/kpis", "{\"objectiveId\": " + objective
                + ", \"code\": \"S_OWNED_BY_OWNER\", \"name\": \"Not the steward's\", \"owner\": \"owner\"}");
        assertThat(someoneElses.status()).isEqualTo(201);
        Api steward = admin.as("steward");
        assertThat(steward.post("/api/v1/actuals", "{\"kpiId\": " + someoneElses.id() + ", \"period\": \"2026-10\", \"value\": 1}").status())
                .isEqualTo(403);
        assertThat(steward.post("/api/v1/actuals", "{\"kpiCode\": \"M_REV\", \"period\": \"2026-11\", \"value\": 1}").status())
                .as("a KPI of a scorecard the steward may not read, answered as a KPI that does not exist").isEqualTo(400);
        assertThat(admin.as("viewer").post("/api/v1/actuals", "{\"kpiCode\": \"S_REV\", \"period\": \"2026-11\", \"value\": 1}").status())
                .isEqualTo(403);
    }

    @Test
    void freezesALockedPeriodUntilAnAdministratorUnlocksIt() {
        Api owner = admin.as("owner");
        long kpi = kpi("S_BACKLOG");
        String evaluation = "/api/v1/scorecards/3/evaluation?period=2026-Q2";
        Object actualAtLock = backlog(admin.get(evaluation)).get("actual");
        Api.Answer lock = owner.post("/api/v1/scorecards/3/locks", "{\"period\": \"2026-Q2\"}");
        assertThat(lock.status()).as(lock.body()).isEqualTo(201);
        long actual = ((Number) admin.get("/api/v1/actuals?kpiId=" + kpi + "&from=2026-05&to=2026-05").json("$.items[0].id")).longValue();
        long version = ((Number) admin.get("/api/v1/actuals/" + actual).json("$.version")).longValue();

        Api.Answer refused = owner.put("/api/v1/actuals/" + actual, "{\"value\": 1, \"version\": " + version + "}");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.<String>json("$.detail")).contains("2026-Q2", "locked", "S_BACKLOG 2026-05");
        assertThat(owner.post("/api/v1/targets", "{\"kpiId\": " + kpi + ", \"period\": \"2026-04\", \"value\": 1}").status()).isEqualTo(409);

        Api.Answer frozen = admin.get(evaluation);
        assertThat(frozen.<String>json("$.lock.lockedBy")).isEqualTo("owner");
        assertThat(frozen.<List<String>>json("$.changedSinceLock")).isEmpty();

        // a change the lock cannot refuse (straight into the database, then the scorecard's version raised as the
        // README asks of hand-made changes) alters today's numbers but not the snapshot
        String quarter = "update actual_value set amount = amount %s 1000 where kpi_id = :kpi and period in ('2026-04', '2026-05', '2026-06')";
        String raise = "update scorecard_version set version = version + 1 where scorecard_id = 3";
        jdbc.sql(quarter.formatted("+")).param("kpi", kpi).update();
        jdbc.sql(raise).update();
        try {
            Api.Answer stillFrozen = admin.get(evaluation);
            assertThat(backlog(stillFrozen).get("actual")).as("the locked quarter shows its snapshot").isEqualTo(actualAtLock);
            assertThat(stillFrozen.<List<String>>json("$.changedSinceLock")).containsExactly("S_BACKLOG");
            assertThat(admin.get("/api/v1/scorecards/3/evaluation?period=2026-Q2&view=year").<String>json("$.lockNote"))
                    .as("the year view reaches past the locked quarter").startsWith("Live").contains("2026-Q2");
        } finally {
            jdbc.sql(quarter.formatted("-")).param("kpi", kpi).update();
            jdbc.sql(raise).update();
        }

        assertThat(owner.delete("/api/v1/scorecards/3/locks/2026-Q2").status()).as("only administrators unlock").isEqualTo(403);
        assertThat(admin.delete("/api/v1/scorecards/3/locks/2026-Q2").status()).isEqualTo(204);
        assertThat(admin.get("/api/v1/changes?entity=lock").<List<String>>json("$.items[*].action")).contains("delete", "create");
        assertThat(owner.put("/api/v1/actuals/" + actual, "{\"value\": 1, \"version\": " + version + "}").status()).isEqualTo(200);
    }

    private static Map<String, Object> backlog(Api.Answer evaluation) {
        return evaluation.<List<Map<String, Object>>>json("$.perspectives[*].objectives[*].kpis[?(@.code == 'S_BACKLOG')]").get(0);
    }

    @Test
    void refusesAViewersChangesBeforeValidatingThem() {
        long objective = ((Number) admin.get("/api/v1/objectives?scorecardId=3").json("$.items[0].id")).longValue();
        long perspective = ((Number) admin.get("/api/v1/perspectives?scorecardId=3").json("$.items[0].id")).longValue();
        Api viewer = admin.as("viewer");
        assertThat(viewer.post("/api/v1/kpis", "{\"objectiveId\": " + objective + ", \"code\": \"9 bad\"}").status()).isEqualTo(403);
        assertThat(viewer.post("/api/v1/objectives", "{\"perspectiveId\": " + perspective + ", \"code\": \"\"}").status()).isEqualTo(403);
        assertThat(viewer.post("/api/v1/initiatives", "{\"objectiveId\": " + objective + ", \"name\": \"\"}").status()).isEqualTo(403);
        assertThat(admin.post("/api/v1/kpis", "{\"objectiveId\": " + objective + ", \"code\": \"9 bad\"}").status()).isEqualTo(400);
    }

    @Test
    void storesSqlLookingTextVerbatim() {
        String name = "Robert'); DROP TABLE org_unit;--";
        Api.Answer unit = admin.post("/api/v1/units", "{\"name\": \"" + name + "\"}");
        assertThat(unit.status()).isEqualTo(201);
        assertThat(admin.get("/api/v1/units/" + unit.id()).<String>json("$.name")).isEqualTo(name);
    }

    @Test
    void sendsSecurityHeadersWithEveryPage() throws Exception {
        var response = mvc.perform(get("/login")).andReturn().getResponse();
        assertThat(response.getHeader("Content-Security-Policy")).contains("script-src 'self'", "frame-ancestors 'none'");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(mvc.perform(get("/login")).andReturn().getResponse().getContentAsString()).contains("demo-users");
    }
}
