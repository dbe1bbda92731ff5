package dev.fourfold.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import dev.fourfold.support.Api;
import dev.fourfold.support.TestClock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
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

    @Test
    void signsInWithHttpBasicAndLocksTheAccountAfterRepeatedFailures() {
        assertThat(admin.post("/api/v1/users", "{\"username\": \"locky\", \"password\": \"right-password-1\"}").status()).isEqualTo(201);
        assertThat(admin.with(httpBasic("locky", "right-password-1")).get("/api/v1/me").<String>json("$.username")).isEqualTo("locky");
        for (int i = 0; i < 5; i++) {
            assertThat(admin.with(httpBasic("locky", "wrong-" + i)).get("/api/v1/me").status()).isEqualTo(401);
        }
        assertThat(admin.with(httpBasic("locky", "right-password-1")).get("/api/v1/me").status())
                .as("locked even with the right password").isEqualTo(401);
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

        // a change the lock cannot refuse (straight into the database) alters today's numbers but not the snapshot
        String quarter = "update actual_value set amount = amount %s 1000 where kpi_id = :kpi and period in ('2026-04', '2026-05', '2026-06')";
        jdbc.sql(quarter.formatted("+")).param("kpi", kpi).update();
        try {
            Api.Answer stillFrozen = admin.get(evaluation);
            assertThat(backlog(stillFrozen).get("actual")).as("the locked quarter shows its snapshot").isEqualTo(actualAtLock);
            assertThat(stillFrozen.<List<String>>json("$.changedSinceLock")).containsExactly("S_BACKLOG");
            assertThat(admin.get("/api/v1/scorecards/3/evaluation?period=2026-Q2&view=year").<String>json("$.lockNote"))
                    .as("the year view reaches past the locked quarter").startsWith("Live").contains("2026-Q2");
        } finally {
            jdbc.sql(quarter.formatted("-")).param("kpi", kpi).update();
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
