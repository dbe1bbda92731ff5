package dev.fourfold.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import dev.fourfold.support.TestClock;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint of Fourfold, pages and API, against every kind of caller, with the status each must get — declared
 * here, row by row. The route table is read from Spring MVC: an endpoint without a row fails the test, so a new one
 * cannot be forgotten. Each call runs in a transaction that is rolled back, so the calls do not disturb each other.
 *
 * <p>Callers, in the order of every row: the demo {@code admin}; {@code owner} (scorecard owner on the group unit,
 * so also on the Services scorecard the rows use); {@code steward} (KPI owner on the Services unit, owning its
 * KPIs); {@code viewer} (viewer on the group); an outsider without any grant; anonymous; an expired API token;
 * and a read-only API token of the administrator.
 *
 * <p>A write whose body names something the caller may not read (the outsider's objective, KPI or unit) is answered
 * exactly like one naming something that does not exist: 400, not 404 or 403. For a sample of writes the test also
 * checks the effect in the database: the change happened for every caller allowed to make it, and nothing changed for
 * every caller refused.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestClock.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTests {

    private static final List<String> CALLERS =
            List.of("admin", "owner", "steward", "viewer", "outsider", "anonymous", "expired-token", "read-token");

    // Status vectors in the order of CALLERS.
    private static final int[] LIST = {200, 200, 200, 200, 200, 401, 401, 200};
    private static final int[] READ = {200, 200, 200, 200, 404, 401, 401, 200};
    private static final int[] EVERY_USER = {200, 200, 200, 200, 200, 401, 401, 200};
    private static final int[] PUBLIC_PAGE = {200, 200, 200, 200, 200, 200, 200, 200};
    private static final int[] PAGE = {200, 200, 200, 200, 200, 302, 302, 302};

    private static int[] owners(int ok) {
        return new int[] {ok, ok, 403, 403, 404, 401, 401, 403};
    }

    private static int[] valueEntry(int ok) {
        return new int[] {ok, ok, ok, 403, 404, 401, 401, 403};
    }

    private static int[] unitOwners(int ok) {
        return new int[] {ok, ok, 403, 403, 403, 401, 401, 403};
    }

    /** Writes whose body names what the outsider may not read: answered as if it did not exist. */
    private static int[] ownersNaming(int ok) {
        return new int[] {ok, ok, 403, 403, 400, 401, 401, 403};
    }

    private static int[] valueEntryNaming(int ok) {
        return new int[] {ok, ok, ok, 403, 400, 401, 401, 403};
    }

    private static int[] unitOwnersNaming(int ok) {
        return new int[] {ok, ok, 403, 403, 400, 401, 401, 403};
    }

    /** Reading what only administrators may see; the administrator's read token may read it too. */
    private static final int[] ADMIN_READ = {200, 403, 403, 403, 403, 401, 401, 200};

    private static int[] adminsOnly(int ok) {
        return new int[] {ok, 403, 403, 403, 403, 401, 401, 403};
    }

    /**
     * An API write of a caller without any write role (the outsider) is refused before its body is read, with 403
     * for every scorecard alike, so it reveals nothing; the caller's own account stays writable.
     */
    private static boolean refusedBeforeTheBody(Row row, String caller) {
        return caller.equals("outsider") && row.pattern().startsWith("/api/") && !row.pattern().startsWith("/api/v1/me")
                && !List.of("GET", "HEAD", "OPTIONS").contains(row.method());
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TokenService tokens;

    @Autowired
    UserService users;

    @Autowired
    GrantService grants;

    /** Made once per test class, so that each database (H2, PostgreSQL) gets its own. */
    private Fixture fixture;

    /** Ids and credentials the rows use; made once, committed. */
    record Fixture(Map<String, Long> ids, String expiredToken, String readToken) {
        long id(String name) {
            Long id = ids.get(name);
            if (id == null) {
                throw new IllegalStateException("no fixture id " + name);
            }
            return id;
        }
    }

    /** One endpoint: method, route pattern, how to call it, and the status of every caller. */
    record Row(String method, String pattern, Function<Fixture, MockHttpServletRequestBuilder> call, int[] statuses) {
        String key() {
            return method + " " + pattern;
        }
    }

    @BeforeEach
    void fixture() {
        if (fixture == null) {
            fixture = new MatrixFixture(jdbc, tokens, users, grants).create();
        }
    }

    private static MockHttpServletRequestBuilder call(String method, String uri) {
        return request(HttpMethod.valueOf(method), uri);
    }

    private static MockHttpServletRequestBuilder json(String method, String uri, String body) {
        return call(method, uri).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    /** A page form post with its CSRF token, as the browser sends it. */
    private static MockHttpServletRequestBuilder form(String uri, String... params) {
        MockHttpServletRequestBuilder b = call("POST", uri).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .with(SecurityMockMvcRequestPostProcessors.csrf());
        for (int i = 0; i < params.length; i += 2) {
            b = b.param(params[i], params[i + 1]);
        }
        return b;
    }

    /** Pages only administrators may use; signed-out callers are sent to the sign-in page. */
    /** A page for the scorecard's owners and administrators. */
    private static final int[] OWNER_PAGE = {200, 200, 403, 403, 404, 302, 302, 302};

    private static int[] ownerPage(int ok) {
        return new int[] {ok, ok, 403, 403, 404, 302, 302, 302};
    }

    private static int[] adminPage(int ok) {
        return new int[] {ok, 403, 403, 403, 403, 302, 302, 302};
    }

    private static Row row(String method, String pattern, Function<Fixture, MockHttpServletRequestBuilder> call, int[] statuses) {
        return new Row(method, pattern, call, statuses);
    }

    /**
     * What a write does, read back from the database: {@code query} returns one number, which must become
     * {@code expected} when the write is allowed and stay as it was when it is refused.
     */
    record Effect(Function<Fixture, String> query, Function<Fixture, Long> expected) {
    }

    private static Effect becomes(Function<Fixture, String> query, long expected) {
        return new Effect(query, f -> expected);
    }

    /** Effects of a sample of writes, by row key; every kind of write (create, change, delete, action) is in it. */
    static Map<String, Effect> effects() {
        Map<String, Effect> e = new LinkedHashMap<>();
        e.put("PUT /api/v1/organisation", new Effect(f -> "select version from organisation where id = 1",
                f -> f.id("organisationVersion") + 1));
        e.put("POST /api/v1/imports", becomes(f -> "select count(*) from value_import where file_name = 'matrix.csv'", 1));
        e.put("POST /api/v1/imports/{id}/commit", becomes(f -> "select count(*) from actual_value where period = '2026-11' "
                + "and amount = 1 and kpi_id = " + f.id("kpi"), 1));
        e.put("POST /imports/{id}/commit", becomes(f -> "select count(*) from value_import where status = 'committed' "
                + "and id = " + f.id("valueImport"), 1));
        e.put("POST /api/v1/units", becomes(f -> "select count(*) from org_unit where name = 'Matrix unit'", 1));
        e.put("PUT /api/v1/units/{id}", becomes(f -> "select count(*) from org_unit where name = 'Matrix renamed'", 1));
        e.put("DELETE /api/v1/units/{id}", becomes(f -> "select count(*) from org_unit where id = " + f.id("emptyUnit"), 0));
        e.put("POST /api/v1/scorecards", becomes(f -> "select count(*) from scorecard where name = 'Matrix scorecard'", 1));
        e.put("PUT /api/v1/scorecards/{id}", new Effect(f -> "select version from scorecard where id = " + f.id("services"),
                f -> f.id("servicesVersion") + 1));
        e.put("DELETE /api/v1/scorecards/{id}", becomes(f -> "select count(*) from scorecard where id = " + f.id("emptyScorecard"), 0));
        e.put("POST /api/v1/perspectives", becomes(f -> "select count(*) from perspective where name = 'Matrix'", 1));
        e.put("DELETE /api/v1/perspectives/{id}", becomes(f -> "select count(*) from perspective where id = " + f.id("emptyPerspective"), 0));
        e.put("POST /api/v1/objectives", becomes(f -> "select count(*) from objective where code = 'MX'", 1));
        e.put("PUT /api/v1/objectives/{id}", new Effect(f -> "select version from objective where id = " + f.id("objective"),
                f -> f.id("objectiveVersion") + 1));
        e.put("DELETE /api/v1/objectives/{id}", becomes(f -> "select count(*) from objective where id = " + f.id("emptyObjective"), 0));
        e.put("POST /api/v1/kpis", becomes(f -> "select count(*) from kpi where code = 'MATRIX_K'", 1));
        e.put("PUT /api/v1/kpis/{id}", new Effect(f -> "select version from kpi where id = " + f.id("kpi"), f -> f.id("kpiVersion") + 1));
        e.put("DELETE /api/v1/kpis/{id}", becomes(f -> "select count(*) from kpi where retired = true and id = " + f.id("kpi"), 1));
        e.put("POST /api/v1/initiatives", becomes(f -> "select count(*) from initiative where name = 'Matrix project'", 1));
        e.put("PUT /api/v1/initiatives/{id}", becomes(f -> "select count(*) from initiative where name = 'Renamed'", 1));
        e.put("DELETE /api/v1/initiatives/{id}", becomes(f -> "select count(*) from initiative where id = " + f.id("initiative"), 0));
        e.put("POST /api/v1/targets", becomes(f -> "select count(*) from target where period = '2027-06' and kpi_id = " + f.id("kpi"), 1));
        e.put("PUT /api/v1/targets/{id}", becomes(f -> "select count(*) from target where amount = 5 and id = " + f.id("target"), 1));
        e.put("DELETE /api/v1/targets/{id}", becomes(f -> "select count(*) from target where id = " + f.id("target"), 0));
        e.put("POST /api/v1/targets/phase", becomes(f -> "select count(*) from target where reason = "
                + "'Phased from the annual target 12000 for 2028' and kpi_id = " + f.id("kpi"), 12));
        e.put("POST /api/v1/targets/batch", becomes(f -> "select count(*) from target where period = '2027-07' and kpi_id = " + f.id("kpi"), 1));
        e.put("POST /api/v1/actuals", becomes(f -> "select count(*) from actual_value where period = '2026-11' and amount = 1 and kpi_id = "
                + f.id("kpi"), 1));
        e.put("PUT /api/v1/actuals/{id}", becomes(f -> "select count(*) from actual_value where amount = 5 and id = " + f.id("actual"), 1));
        e.put("DELETE /api/v1/actuals/{id}", becomes(f -> "select count(*) from actual_value where id = " + f.id("actual"), 0));
        e.put("POST /api/v1/actuals/batch", becomes(f -> "select count(*) from actual_value where period = '2026-11' and amount = 1 and kpi_id = "
                + f.id("kpi"), 1));
        e.put("POST /api/v1/actuals/{id}/approve", becomes(f -> "select count(*) from actual_value where state = 'approved' and id = "
                + f.id("pending"), 1));
        e.put("POST /api/v1/actuals/{id}/reject", becomes(f -> "select count(*) from actual_value where state = 'rejected' and id = "
                + f.id("pending"), 1));
        e.put("POST /api/v1/scorecards/{id}/locks", becomes(f -> "select count(*) from period_lock where period = '2026-09' and scorecard_id = "
                + f.id("services"), 1));
        e.put("DELETE /api/v1/scorecards/{id}/locks/{period}", becomes(f -> "select count(*) from period_lock where period = '2024-01'", 0));
        e.put("POST /scorecards/{id}/lock", becomes(f -> "select count(*) from period_lock where period = '2026-09' and scorecard_id = "
                + f.id("services"), 1));
        e.put("POST /scorecards/{id}/perspectives", becomes(f -> "select count(*) from perspective where name = 'Matrix perspective'", 1));
        e.put("POST /perspectives/{id}/edit", becomes(f -> "select count(*) from perspective where name = 'Matrix renamed'", 1));
        e.put("POST /scorecards/{id}/objectives/new", becomes(f -> "select count(*) from objective where code = 'MX1'", 1));
        e.put("POST /objectives/{id}/kpis/new", becomes(f -> "select count(*) from kpi where code = 'MX_KPI'", 1));
        e.put("POST /scorecards/{id}/unlock", becomes(f -> "select count(*) from period_lock where period = '2024-01'", 0));
        e.put("POST /api/v1/scorecards/{id}/includes", becomes(f -> "select count(*) from scorecard_include where objective_id = "
                + f.id("groupObjective"), 1));
        e.put("POST /scorecards/{id}/map/positions",
                becomes(f -> "select count(*) from objective_position where objective_id = " + f.id("objective"), 1));
        e.put("DELETE /api/v1/scorecards/{id}/includes/{includeId}", becomes(f -> "select count(*) from scorecard_include where id = "
                + f.id("include"), 0));
        e.put("POST /api/v1/scorecards/import", becomes(f -> "select count(*) from scorecard where name = 'Matrix import'", 1));
        e.put("POST /api/v1/users", becomes(f -> "select count(*) from app_user where username_key = 'matrix-new'", 1));
        e.put("POST /api/v1/grants", becomes(f -> "select count(*) from access_grant where role = 'VIEWER' and user_id = " + f.id("grantee")
                + " and scorecard_id = " + f.id("services"), 1));
        e.put("DELETE /api/v1/grants/{id}", becomes(f -> "select count(*) from access_grant where id = " + f.id("grant"), 0));
        e.put("POST /admin/users", becomes(f -> "select count(*) from app_user where username_key = 'matrix-page-user'", 1));
        e.put("POST /organisation/edit", new Effect(f -> "select version from organisation where id = 1",
                f -> f.id("organisationVersion") + 1));
        e.put("POST /units", becomes(f -> "select count(*) from org_unit where name = 'Matrix page unit'", 1));
        e.put("POST /units/{id}/edit", becomes(f -> "select count(*) from org_unit where name = 'Matrix page renamed'", 1));
        e.put("POST /units/{id}/delete", becomes(f -> "select count(*) from org_unit where id = " + f.id("emptyUnit"), 0));
        e.put("POST /objectives/{id}/initiatives/new",
                becomes(f -> "select count(*) from initiative where name = 'Matrix page project'", 1));
        e.put("POST /initiatives/{id}/edit",
                becomes(f -> "select count(*) from initiative where name = 'Matrix page renamed project'", 1));
        e.put("POST /initiatives/{id}/delete", becomes(f -> "select count(*) from initiative where id = " + f.id("initiative"), 0));
        e.put("POST /api/v1/connectors", becomes(f -> "select count(*) from connector where name_key = 'matrix api connector'", 1));
        e.put("PUT /api/v1/connectors/{id}", becomes(f -> "select count(*) from connector where name_key = 'matrix renamed' "
                + "and id = " + f.id("connector"), 1));
        e.put("DELETE /api/v1/connectors/{id}", becomes(f -> "select count(*) from connector where id = " + f.id("connector"), 0));
        e.put("POST /api/v1/connectors/{id}/run", becomes(f -> "select count(*) from connector_run where connector_id = "
                + f.id("connector"), 1));
        e.put("POST /connectors", becomes(f -> "select count(*) from connector where name_key = 'matrix page connector'", 1));
        e.put("POST /connectors/{id}", becomes(f -> "select count(*) from connector where name_key = 'matrix page renamed' "
                + "and id = " + f.id("connector"), 1));
        e.put("POST /connectors/{id}/run", becomes(f -> "select count(*) from connector_run where connector_id = "
                + f.id("connector"), 1));
        e.put("POST /connectors/{id}/delete", becomes(f -> "select count(*) from connector where id = " + f.id("connector"), 0));
        e.put("POST /api/v1/webhooks", becomes(f -> "select count(*) from webhook_subscription where url = 'http://127.0.0.1:9/matrix-new'", 1));
        e.put("PUT /api/v1/webhooks/{id}", becomes(f -> "select version from webhook_subscription where id = " + f.id("webhook"), 1));
        e.put("DELETE /api/v1/webhooks/{id}", becomes(f -> "select count(*) from webhook_subscription where id = " + f.id("webhook"), 0));
        e.put("POST /api/v1/webhooks/{id}/test", becomes(f -> "select count(*) from webhook_delivery where subscription_id = " + f.id("webhook"), 1));
        e.put("POST /webhooks", becomes(f -> "select count(*) from webhook_subscription where url = 'http://127.0.0.1:9/matrix-page'", 1));
        e.put("POST /webhooks/{id}", becomes(f -> "select version from webhook_subscription where id = " + f.id("webhook"), 1));
        e.put("POST /webhooks/{id}/delete", becomes(f -> "select count(*) from webhook_subscription where id = " + f.id("webhook"), 0));
        e.put("POST /webhooks/{id}/test", becomes(f -> "select count(*) from webhook_delivery where subscription_id = " + f.id("webhook"), 1));
        e.put("POST /api/v1/webhooks/{id}/secret", becomes(f -> "select count(*) from webhook_subscription where secret = "
                + "'whsec_matrix' and id = " + f.id("webhook"), 0));
        e.put("POST /webhooks/{id}/secret", becomes(f -> "select count(*) from webhook_subscription where secret = "
                + "'whsec_matrix' and id = " + f.id("webhook"), 0));
        return e;
    }

    @Test
    void checksTheEffectOfRowsThatExist() {
        Set<String> keys = new TreeSet<>();
        table().forEach(r -> keys.add(r.key()));
        assertThat(keys).as("effects of rows that no longer exist").containsAll(effects().keySet());
    }

    /** The declared table: one row per endpoint. */
    static List<Row> table() {
        List<Row> rows = new ArrayList<>();
        rows.addAll(MatrixRows.pages());
        rows.addAll(MatrixRows.strategy());
        rows.addAll(MatrixRows.values());
        rows.addAll(MatrixRows.evaluationAndFiles());
        rows.addAll(MatrixRows.accounts());
        rows.addAll(MatrixRows.connectors());
        rows.addAll(MatrixRows.webhooks());
        return rows;
    }

    @Test
    void declaresAStatusForEveryEndpoint() {
        Set<String> routes = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, org.springframework.web.method.HandlerMethod> e : mapping.getHandlerMethods().entrySet()) {
            if (!e.getValue().getBeanType().getPackageName().startsWith("dev.fourfold")) {
                continue;
            }
            for (String pattern : e.getKey().getPatternValues()) {
                Set<org.springframework.web.bind.annotation.RequestMethod> methods = e.getKey().getMethodsCondition().getMethods();
                for (var m : methods.isEmpty() ? Set.of(org.springframework.web.bind.annotation.RequestMethod.GET) : methods) {
                    routes.add(m.name() + " " + pattern);
                }
            }
        }
        Set<String> declared = new TreeSet<>();
        table().forEach(r -> declared.add(r.key()));
        assertThat(declared).as("endpoints without a row in the authorisation matrix")
                .containsAll(routes);
        assertThat(routes).as("rows for endpoints that no longer exist").containsAll(declared);
    }

    @TestFactory
    Stream<DynamicTest> answersEveryEndpointForEveryCallerAsDeclared() {
        fixture();
        Map<String, Effect> effects = effects();
        return table().stream().flatMap(row -> {
            Effect effect = effects.get(row.key());
            List<DynamicTest> tests = new ArrayList<>();
            for (int i = 0; i < CALLERS.size(); i++) {
                String caller = CALLERS.get(i);
                int expected = refusedBeforeTheBody(row, caller) ? 403 : row.statuses()[i];
                Fixture f = fixture;
                tests.add(DynamicTest.dynamicTest(row.key() + " as " + caller + " → " + expected, () -> {
                    long[] outcome = tx.execute(tx -> {
                        tx.setRollbackOnly();
                        try {
                            long before = effect == null ? 0 : jdbc.sql(effect.query().apply(f)).query(Long.class).single();
                            int status = mvc.perform(row.call().apply(f).with(credentials(caller, f))).andReturn()
                                    .getResponse().getStatus();
                            long after = effect == null ? 0 : jdbc.sql(effect.query().apply(f)).query(Long.class).single();
                            return new long[] {status, before, after};
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    assertThat((int) outcome[0]).as(row.key() + " as " + caller).isEqualTo(expected);
                    if (effect != null) {
                        long wanted = effect.expected().apply(f);
                        assertThat(outcome[1]).as(row.key() + ": the effect is not there before the write").isNotEqualTo(wanted);
                        assertThat(outcome[2]).as(row.key() + " as " + caller + ": what the database holds afterwards")
                                .isEqualTo(allowed(caller, expected) ? wanted : outcome[1]);
                    }
                }));
            }
            return tests.stream();
        });
    }

    /** Whether the call went through: a 2xx, or a page's redirect after success (not the one to the sign-in form). */
    private static boolean allowed(String caller, int status) {
        return status < 300 || status < 400 && CALLERS.indexOf(caller) < CALLERS.indexOf("anonymous");
    }

    private static RequestPostProcessor credentials(String caller, Fixture fixture) {
        return switch (caller) {
            case "anonymous" -> request -> request;
            case "expired-token" -> bearer(fixture.expiredToken());
            case "read-token" -> bearer(fixture.readToken());
            default -> SecurityMockMvcRequestPostProcessors.user(caller).password("unused")
                    .authorities(new SimpleGrantedAuthority("SCOPE_read"), new SimpleGrantedAuthority("SCOPE_read-write"));
        };
    }

    private static RequestPostProcessor bearer(String secret) {
        return request -> {
            request.addHeader("Authorization", "Bearer " + secret);
            return request;
        };
    }

    /** Shorthands for the row classes. */
    static final class MatrixRows {
        private MatrixRows() {
        }

        static List<Row> pages() {
            return List.of(
                    row("GET", "/", f -> call("GET", "/"), PAGE),
                    row("GET", "/login", f -> call("GET", "/login"), PUBLIC_PAGE),
                    row("GET", "/login/throttled", f -> call("GET", "/login/throttled"), new int[] {302, 302, 302, 302, 302, 302, 302, 302}),
                    row("GET", "/error", f -> call("GET", "/error"), new int[] {404, 404, 404, 404, 404, 404, 404, 404}),
                    row("GET", "/account", f -> call("GET", "/account"), PAGE),
                    row("POST", "/account/password", f -> form("/account/password", "currentPassword", "demo",
                            "newPassword", "a-new-password-1", "repeatPassword", "a-new-password-1"),
                            new int[] {302, 302, 302, 302, 400, 302, 302, 302}),
                    row("POST", "/account/language", f -> form("/account/language", "language", "de", "back", "/"),
                            new int[] {302, 302, 302, 302, 302, 302, 302, 302}),
                    row("GET", "/account/tokens", f -> call("GET", "/account/tokens"), PAGE),
                    row("POST", "/account/tokens", f -> form("/account/tokens", "name", "matrix", "scope", "read",
                            "expiresOn", "2027-01-01"), new int[] {302, 302, 302, 302, 302, 302, 302, 302}),
                    row("POST", "/account/tokens/{id}/revoke", f -> form("/account/tokens/" + f.id("adminToken") + "/revoke"),
                            new int[] {302, 404, 404, 404, 404, 302, 302, 302}),
                    row("GET", "/admin/users", f -> call("GET", "/admin/users"), adminPage(200)),
                    row("POST", "/admin/users", f -> form("/admin/users", "username", "matrix-page-user",
                            "password", "page-password-1"), adminPage(302)),
                    row("GET", "/admin/users/{id}", f -> call("GET", "/admin/users/" + f.id("outsider")), adminPage(200)),
                    row("POST", "/admin/users/{id}", f -> form("/admin/users/" + f.id("outsider"), "displayName", "Out",
                            "enabled", "true", "version", String.valueOf(f.id("outsiderVersion"))), adminPage(302)),
                    row("POST", "/admin/users/{id}/password", f -> form("/admin/users/" + f.id("outsider") + "/password",
                            "password", "reset-password-1"), adminPage(302)),
                    row("POST", "/admin/users/{id}/grants", f -> form("/admin/users/" + f.id("grantee") + "/grants",
                            "role", "VIEWER", "target", "scorecard:" + f.id("services")), adminPage(302)),
                    row("POST", "/admin/users/{id}/grants/{grantId}/delete",
                            f -> form("/admin/users/" + f.id("grantee") + "/grants/" + f.id("grant") + "/delete"), adminPage(302)),
                    row("GET", "/audit", f -> call("GET", "/audit"), PAGE),
                    row("GET", "/scorecards/{id}", f -> call("GET", "/scorecards/" + f.id("services")),
                            new int[] {200, 200, 200, 200, 404, 302, 302, 302}),
                    row("GET", "/scorecards/{id}/file", f -> call("GET", "/scorecards/" + f.id("services") + "/file"),
                            new int[] {200, 200, 200, 200, 404, 302, 302, 302}),
                    row("GET", "/scorecards/{id}/export", f -> call("GET", "/scorecards/" + f.id("services")
                            + "/export?format=xlsx&period=2026-10"), new int[] {200, 200, 200, 200, 404, 302, 302, 302}),
                    row("GET", "/scorecards/{id}/template", f -> call("GET", "/scorecards/" + f.id("services")
                            + "/template?format=csv&layout=wide"), new int[] {200, 200, 200, 200, 404, 302, 302, 302}),
                    row("GET", "/scorecards/{id}/live", f -> call("GET", "/scorecards/" + f.id("services")
                            + "/live?period=2026-10&since=old"), new int[] {200, 200, 200, 200, 404, 302, 302, 302}),
                    row("POST", "/scorecards/{id}/lock", f -> form("/scorecards/" + f.id("services") + "/lock",
                            "period", "2026-09"), new int[] {302, 302, 403, 403, 404, 302, 302, 302}),
                    row("POST", "/scorecards/{id}/unlock", f -> form("/scorecards/" + f.id("services") + "/unlock",
                            "period", "2024-01"), adminPage(302)),
                    row("GET", "/scorecards/{id}/locks", f -> call("GET", "/scorecards/" + f.id("services") + "/locks"),
                            new int[] {200, 200, 200, 200, 404, 302, 302, 302}),
                    row("GET", "/scorecards/upload", f -> call("GET", "/scorecards/upload"), PAGE),
                    row("GET", "/imports", f -> call("GET", "/imports"), PAGE),
                    // an upload without a file is refused before any work, whoever sends it
                    row("POST", "/imports", f -> form("/imports", "note", ""), new int[] {400, 400, 400, 400, 400, 302, 302, 302}),
                    row("GET", "/imports/{id}", f -> call("GET", "/imports/" + f.id("valueImport")),
                            new int[] {200, 404, 404, 404, 404, 302, 302, 302}),
                    row("POST", "/imports/{id}/commit", f -> form("/imports/" + f.id("valueImport") + "/commit", "note", ""),
                            new int[] {302, 404, 404, 404, 404, 302, 302, 302}),
                    // an empty upload is refused before any work, whoever sends it
                    row("POST", "/scorecards/upload", f -> form("/scorecards/upload", "text", ""),
                            new int[] {400, 400, 400, 400, 400, 302, 302, 302}),
                    row("POST", "/scorecards/upload/apply", f -> form("/scorecards/upload/apply", "token", "none"),
                            new int[] {409, 409, 409, 409, 409, 302, 302, 302}),
                    row("GET", "/scorecards/{id}/edit", f -> call("GET", "/scorecards/" + f.id("services") + "/edit"), OWNER_PAGE),
                    row("POST", "/scorecards/{id}/edit", f -> form("/scorecards/" + f.id("services") + "/edit", "name", "",
                            "version", String.valueOf(f.id("servicesVersion"))), ownerPage(400)),
                    row("POST", "/scorecards/{id}/perspectives", f -> form("/scorecards/" + f.id("services") + "/perspectives",
                            "name", "Matrix perspective", "weight", "1"), ownerPage(302)),
                    row("POST", "/perspectives/{id}/edit", f -> form("/perspectives/" + f.id("servicesPerspective") + "/edit",
                            "name", "Matrix renamed", "weight", "1", "version",
                            String.valueOf(f.id("servicesPerspectiveVersion"))), ownerPage(302)),
                    row("GET", "/scorecards/{id}/objectives/new", f -> call("GET", "/scorecards/" + f.id("services")
                            + "/objectives/new"), OWNER_PAGE),
                    row("POST", "/scorecards/{id}/objectives/new", f -> form("/scorecards/" + f.id("services")
                            + "/objectives/new", "perspectiveId", String.valueOf(f.id("servicesPerspective")), "code", "MX1",
                            "name", "Matrix objective", "weight", "1"), ownerPage(302)),
                    row("GET", "/objectives/{id}/edit", f -> call("GET", "/objectives/" + f.id("objective") + "/edit"), OWNER_PAGE),
                    row("POST", "/objectives/{id}/edit", f -> form("/objectives/" + f.id("objective") + "/edit", "name", "",
                            "version", String.valueOf(f.id("objectiveVersion"))), ownerPage(400)),
                    row("POST", "/objectives/{id}/retire", f -> form("/objectives/" + f.id("objective") + "/retire"),
                            ownerPage(302)),
                    row("GET", "/objectives/{id}/kpis/new", f -> call("GET", "/objectives/" + f.id("objective") + "/kpis/new"),
                            OWNER_PAGE),
                    row("POST", "/objectives/{id}/kpis/new", f -> form("/objectives/" + f.id("objective") + "/kpis/new",
                            "code", "MX_KPI", "name", "Matrix KPI", "polarity", "higher", "frequency", "monthly",
                            "aggregation", "sum", "weight", "1"), ownerPage(302)),
                    row("GET", "/kpis/{id}/targets", f -> call("GET", "/kpis/" + f.id("kpi") + "/targets"), OWNER_PAGE),
                    row("POST", "/kpis/{id}/targets", f -> form("/kpis/" + f.id("kpi") + "/targets", "period", "2026-12",
                            "value", ""), ownerPage(400)),
                    row("POST", "/kpis/{id}/targets/phase", f -> form("/kpis/" + f.id("kpi") + "/targets/phase", "year",
                            "2027", "total", ""), ownerPage(400)),
                    row("GET", "/kpis/{id}/edit", f -> call("GET", "/kpis/" + f.id("kpi") + "/edit"), OWNER_PAGE),
                    row("POST", "/kpis/{id}/edit", f -> form("/kpis/" + f.id("kpi") + "/edit", "name", "",
                            "version", String.valueOf(f.id("kpiVersion"))), ownerPage(400)),
                    row("POST", "/kpis/{id}/retire", f -> form("/kpis/" + f.id("kpi") + "/retire"), ownerPage(302)),
                    row("POST", "/authoring/formula-check", f -> form("/authoring/formula-check", "formula", "S_REV + 1"),
                            PAGE),
                    row("GET", "/kpis/{id}", f -> call("GET", "/kpis/" + f.id("kpi")),
                            new int[] {200, 200, 200, 200, 404, 302, 302, 302}),
                    row("GET", "/kpis/{id}/export", f -> call("GET", "/kpis/" + f.id("kpi") + "/export?format=xlsx"),
                            new int[] {200, 200, 200, 200, 404, 302, 302, 302}),
                    row("GET", "/scorecards/{id}/map", f -> call("GET", "/scorecards/" + f.id("services") + "/map"),
                            new int[] {200, 200, 200, 200, 404, 302, 302, 302}),
                    row("GET", "/scorecards/{id}/map.svg", f -> call("GET", "/scorecards/" + f.id("services") + "/map.svg"),
                            new int[] {200, 200, 200, 200, 404, 302, 302, 302}),
                    row("POST", "/scorecards/{id}/map/positions", f -> form("/scorecards/" + f.id("services") + "/map/positions",
                            "objectiveId", String.valueOf(f.id("objective")), "x", "300", "y", "80"),
                            new int[] {204, 204, 403, 403, 404, 302, 302, 302}),
                    row("GET", "/objectives/{id}", f -> call("GET", "/objectives/" + f.id("objective")),
                            new int[] {200, 200, 200, 200, 404, 302, 302, 302}),
                    row("GET", "/entry", f -> call("GET", "/entry"), PAGE),
                    // a grid without changed cells saves nothing and goes back to the grid
                    row("POST", "/entry", f -> form("/entry"), new int[] {302, 302, 302, 302, 302, 302, 302, 302}),
                    row("GET", "/approvals", f -> call("GET", "/approvals"), PAGE),
                    // a version no value has: approvers get as far as the version check, nothing changes
                    row("POST", "/approvals/{id}/approve", f -> form("/approvals/" + f.id("pending") + "/approve",
                            "version", "-1"), new int[] {409, 409, 403, 403, 404, 302, 302, 302}),
                    row("POST", "/approvals/{id}/reject", f -> form("/approvals/" + f.id("pending") + "/reject",
                            "version", "-1", "reason", "matrix"), new int[] {409, 409, 403, 403, 404, 302, 302, 302}),
                    row("GET", "/organisation/edit", f -> call("GET", "/organisation/edit"), adminPage(200)),
                    row("POST", "/organisation/edit", f -> form("/organisation/edit", "name", "Northwind",
                            "fiscalYearStart", "1", "scale", "percent", "version", String.valueOf(f.id("organisationVersion"))),
                            adminPage(302)),
                    row("GET", "/units", f -> call("GET", "/units"), PAGE),
                    row("GET", "/integrations", f -> call("GET", "/integrations"), PAGE),
                    row("POST", "/units", f -> form("/units", "name", "Matrix page unit", "parentId", ""), adminPage(302)),
                    row("GET", "/units/{id}/edit", f -> call("GET", "/units/" + f.id("emptyUnit") + "/edit"), adminPage(200)),
                    // the fixture's rows are fresh: their version is 0
                    row("POST", "/units/{id}/edit", f -> form("/units/" + f.id("emptyUnit") + "/edit", "name",
                            "Matrix page renamed", "parentId", "", "version", "0"), adminPage(302)),
                    row("POST", "/units/{id}/delete", f -> form("/units/" + f.id("emptyUnit") + "/delete", "version", "0"),
                            adminPage(302)),
                    row("GET", "/objectives/{id}/initiatives/new", f -> call("GET", "/objectives/" + f.id("objective")
                            + "/initiatives/new"), OWNER_PAGE),
                    row("POST", "/objectives/{id}/initiatives/new", f -> form("/objectives/" + f.id("objective")
                            + "/initiatives/new", "name", "Matrix page project", "status", "on-track"), ownerPage(302)),
                    row("GET", "/initiatives/{id}/edit", f -> call("GET", "/initiatives/" + f.id("initiative") + "/edit"),
                            OWNER_PAGE),
                    row("POST", "/initiatives/{id}/edit", f -> form("/initiatives/" + f.id("initiative") + "/edit", "name",
                            "Matrix page renamed project", "status", "at-risk", "version", "0"), ownerPage(302)),
                    row("POST", "/initiatives/{id}/delete", f -> form("/initiatives/" + f.id("initiative") + "/delete",
                            "version", "0"), ownerPage(302)));
        }

        static List<Row> strategy() {
            return List.of(
                    row("GET", "/api/v1/organisation", f -> call("GET", "/api/v1/organisation"), EVERY_USER),
                    row("PUT", "/api/v1/organisation", f -> json("PUT", "/api/v1/organisation",
                            "{\"name\": \"Northwind\", \"version\": " + f.id("organisationVersion") + "}"), adminsOnly(200)),
                    row("GET", "/api/v1/units", f -> call("GET", "/api/v1/units"), LIST),
                    row("GET", "/api/v1/units/{id}", f -> call("GET", "/api/v1/units/" + f.id("servicesUnit")), READ),
                    row("POST", "/api/v1/units", f -> json("POST", "/api/v1/units", "{\"name\": \"Matrix unit\"}"), adminsOnly(201)),
                    row("PUT", "/api/v1/units/{id}", f -> json("PUT", "/api/v1/units/" + f.id("emptyUnit"),
                            "{\"name\": \"Matrix renamed\", \"version\": 0}"), adminsOnly(200)),
                    row("DELETE", "/api/v1/units/{id}", f -> call("DELETE", "/api/v1/units/" + f.id("emptyUnit")), adminsOnly(204)),
                    row("GET", "/api/v1/scorecards", f -> call("GET", "/api/v1/scorecards"), LIST),
                    row("GET", "/api/v1/scorecards/{id}", f -> call("GET", "/api/v1/scorecards/" + f.id("services")), READ),
                    row("POST", "/api/v1/scorecards", f -> json("POST", "/api/v1/scorecards",
                            "{\"unitId\": " + f.id("servicesUnit") + ", \"name\": \"Matrix scorecard\"}"), unitOwnersNaming(201)),
                    row("PUT", "/api/v1/scorecards/{id}", f -> json("PUT", "/api/v1/scorecards/" + f.id("services"),
                            "{\"unitId\": " + f.id("servicesUnit") + ", \"name\": \"Services scorecard\", \"requiresApproval\": true, \"version\": "
                                    + f.id("servicesVersion") + "}"), owners(200)),
                    row("DELETE", "/api/v1/scorecards/{id}", f -> call("DELETE", "/api/v1/scorecards/" + f.id("emptyScorecard")), owners(204)),
                    row("GET", "/api/v1/perspectives", f -> call("GET", "/api/v1/perspectives"), LIST),
                    row("GET", "/api/v1/perspectives/{id}", f -> call("GET", "/api/v1/perspectives/" + f.id("servicesPerspective")), READ),
                    row("POST", "/api/v1/perspectives", f -> json("POST", "/api/v1/perspectives",
                            "{\"scorecardId\": " + f.id("services") + ", \"name\": \"Matrix\"}"), ownersNaming(201)),
                    row("PUT", "/api/v1/perspectives/{id}", f -> json("PUT", "/api/v1/perspectives/" + f.id("servicesPerspective"),
                            "{\"name\": \"Money\", \"version\": " + f.id("servicesPerspectiveVersion") + "}"), owners(200)),
                    row("DELETE", "/api/v1/perspectives/{id}", f -> call("DELETE", "/api/v1/perspectives/" + f.id("emptyPerspective")), owners(204)),
                    row("GET", "/api/v1/objectives", f -> call("GET", "/api/v1/objectives"), LIST),
                    row("GET", "/api/v1/objectives/{id}", f -> call("GET", "/api/v1/objectives/" + f.id("objective")), READ),
                    row("POST", "/api/v1/objectives", f -> json("POST", "/api/v1/objectives", "{\"perspectiveId\": "
                            + f.id("servicesPerspective") + ", \"code\": \"MX\", \"name\": \"Matrix\"}"), ownersNaming(201)),
                    row("PUT", "/api/v1/objectives/{id}", f -> json("PUT", "/api/v1/objectives/" + f.id("objective"),
                            "{\"perspectiveId\": " + f.id("servicesPerspective") + ", \"code\": \"SF1\", \"name\": \"Grow\", \"version\": "
                                    + f.id("objectiveVersion") + "}"), owners(200)),
                    row("DELETE", "/api/v1/objectives/{id}", f -> call("DELETE", "/api/v1/objectives/" + f.id("emptyObjective")), owners(204)),
                    row("POST", "/api/v1/objectives/{id}/restore", f -> call("POST", "/api/v1/objectives/" + f.id("objective") + "/restore"), owners(200)),
                    row("GET", "/api/v1/kpis", f -> call("GET", "/api/v1/kpis"), LIST),
                    row("GET", "/api/v1/kpis/{id}", f -> call("GET", "/api/v1/kpis/" + f.id("kpi")), READ),
                    row("POST", "/api/v1/kpis", f -> json("POST", "/api/v1/kpis", "{\"objectiveId\": " + f.id("objective")
                            + ", \"code\": \"MATRIX_K\", \"name\": \"Matrix\"}"), ownersNaming(201)),
                    row("PUT", "/api/v1/kpis/{id}", f -> json("PUT", "/api/v1/kpis/" + f.id("kpi"), "{\"objectiveId\": " + f.id("objective")
                            + ", \"code\": \"S_REV\", \"name\": \"Services revenue\", \"owner\": \"steward\", \"version\": "
                            + f.id("kpiVersion") + "}"), owners(200)),
                    row("DELETE", "/api/v1/kpis/{id}", f -> call("DELETE", "/api/v1/kpis/" + f.id("kpi")), owners(200)),
                    row("POST", "/api/v1/kpis/{id}/restore", f -> call("POST", "/api/v1/kpis/" + f.id("kpi") + "/restore"), owners(200)),
                    row("GET", "/api/v1/initiatives", f -> call("GET", "/api/v1/initiatives"), LIST),
                    row("GET", "/api/v1/initiatives/{id}", f -> call("GET", "/api/v1/initiatives/" + f.id("initiative")), READ),
                    row("POST", "/api/v1/initiatives", f -> json("POST", "/api/v1/initiatives",
                            "{\"objectiveId\": " + f.id("objective") + ", \"name\": \"Matrix project\"}"), ownersNaming(201)),
                    row("PUT", "/api/v1/initiatives/{id}", f -> json("PUT", "/api/v1/initiatives/" + f.id("initiative"),
                            "{\"objectiveId\": " + f.id("objective") + ", \"name\": \"Renamed\", \"version\": 0}"), owners(200)),
                    row("DELETE", "/api/v1/initiatives/{id}", f -> call("DELETE", "/api/v1/initiatives/" + f.id("initiative")), owners(204)));
        }

        static List<Row> values() {
            return List.of(
                    row("GET", "/api/v1/targets", f -> call("GET", "/api/v1/targets"), LIST),
                    row("GET", "/api/v1/targets/{id}", f -> call("GET", "/api/v1/targets/" + f.id("target")), READ),
                    row("GET", "/api/v1/targets/revisions", f -> call("GET", "/api/v1/targets/revisions?kpiId=" + f.id("kpi") + "&period=2026-10"), READ),
                    row("POST", "/api/v1/targets", f -> json("POST", "/api/v1/targets",
                            "{\"kpiId\": " + f.id("kpi") + ", \"period\": \"2027-06\", \"value\": 1}"), ownersNaming(201)),
                    row("PUT", "/api/v1/targets/{id}", f -> json("PUT", "/api/v1/targets/" + f.id("target"),
                            "{\"value\": 5, \"version\": " + f.id("targetVersion") + "}"), owners(200)),
                    row("DELETE", "/api/v1/targets/{id}", f -> call("DELETE", "/api/v1/targets/" + f.id("target")), owners(204)),
                    row("POST", "/api/v1/targets/phase", f -> json("POST", "/api/v1/targets/phase",
                            "{\"kpiId\": " + f.id("kpi") + ", \"year\": \"2028\", \"total\": 12000}"), ownersNaming(200)),
                    row("POST", "/api/v1/targets/batch", f -> json("POST", "/api/v1/targets/batch",
                            "{\"items\": [{\"kpiId\": " + f.id("kpi") + ", \"period\": \"2027-07\", \"value\": 1}]}"), ownersNaming(200)),
                    row("GET", "/api/v1/actuals", f -> call("GET", "/api/v1/actuals"), LIST),
                    row("GET", "/api/v1/actuals/{id}", f -> call("GET", "/api/v1/actuals/" + f.id("actual")), READ),
                    row("GET", "/api/v1/actuals/{id}/history", f -> call("GET", "/api/v1/actuals/" + f.id("actual") + "/history"), READ),
                    row("POST", "/api/v1/actuals", f -> json("POST", "/api/v1/actuals",
                            "{\"kpiId\": " + f.id("kpi") + ", \"period\": \"2026-11\", \"value\": 1}"), valueEntryNaming(201)),
                    row("PUT", "/api/v1/actuals/{id}", f -> json("PUT", "/api/v1/actuals/" + f.id("actual"),
                            "{\"value\": 5, \"version\": " + f.id("actualVersion") + "}"), valueEntry(200)),
                    row("DELETE", "/api/v1/actuals/{id}", f -> call("DELETE", "/api/v1/actuals/" + f.id("actual")), owners(204)),
                    row("POST", "/api/v1/actuals/batch", f -> json("POST", "/api/v1/actuals/batch",
                            "{\"items\": [{\"kpiId\": " + f.id("kpi") + ", \"period\": \"2026-11\", \"value\": 1}]}"), valueEntryNaming(200)),
                    row("POST", "/api/v1/actuals/{id}/approve", f -> call("POST", "/api/v1/actuals/" + f.id("pending") + "/approve"), owners(200)),
                    row("POST", "/api/v1/actuals/{id}/reject", f -> call("POST", "/api/v1/actuals/" + f.id("pending") + "/reject"), owners(200)),
                    row("GET", "/api/v1/changes", f -> call("GET", "/api/v1/changes"), LIST),
                    row("GET", "/api/v1/facts", f -> call("GET", "/api/v1/facts?scorecardId=" + f.id("services")
                            + "&from=2026-10&to=2026-10&view=period"), LIST));
        }

        static List<Row> evaluationAndFiles() {
            return List.of(
                    row("GET", "/api/v1/scorecards/{id}/evaluation", f -> call("GET", "/api/v1/scorecards/" + f.id("services") + "/evaluation"), READ),
                    row("GET", "/api/v1/kpis/{id}/series", f -> call("GET", "/api/v1/kpis/" + f.id("kpi") + "/series"), READ),
                    row("GET", "/api/v1/kpis/{id}/explanation", f -> call("GET", "/api/v1/kpis/" + f.id("kpi") + "/explanation"), READ),
                    row("GET", "/api/v1/scorecards/{id}/locks", f -> call("GET", "/api/v1/scorecards/" + f.id("services") + "/locks"), READ),
                    row("POST", "/api/v1/scorecards/{id}/locks", f -> json("POST", "/api/v1/scorecards/" + f.id("services") + "/locks",
                            "{\"period\": \"2026-09\"}"), owners(201)),
                    row("DELETE", "/api/v1/scorecards/{id}/locks/{period}",
                            f -> call("DELETE", "/api/v1/scorecards/" + f.id("services") + "/locks/2024-01"), adminsOnly(204)),
                    row("GET", "/api/v1/scorecards/{id}/export", f -> call("GET", "/api/v1/scorecards/" + f.id("services") + "/export"), READ),
                    row("GET", "/api/v1/scorecards/{id}/includes", f -> call("GET", "/api/v1/scorecards/" + f.id("group") + "/includes"),
                            new int[] {200, 200, 404, 200, 404, 401, 401, 200}),
                    row("POST", "/api/v1/scorecards/{id}/includes", f -> json("POST", "/api/v1/scorecards/" + f.id("group") + "/includes",
                            "{\"objectiveId\": " + f.id("groupObjective") + ", \"childScorecardId\": " + f.id("services") + "}"),
                            new int[] {201, 201, 404, 403, 403, 401, 401, 403}),
                    row("DELETE", "/api/v1/scorecards/{id}/includes/{includeId}",
                            f -> call("DELETE", "/api/v1/scorecards/" + f.id("group") + "/includes/" + f.id("include")),
                            new int[] {204, 204, 404, 403, 403, 401, 401, 403}),
                    row("POST", "/api/v1/scorecards/import", f -> call("POST", "/api/v1/scorecards/import").contentType("application/yaml")
                            .content(MatrixFixture.IMPORT_FILE), unitOwners(200)),
                    row("POST", "/api/v1/imports", f -> call("POST", "/api/v1/imports?name=matrix.csv").contentType("text/csv")
                            .content(MatrixFixture.VALUES_FILE.getBytes(StandardCharsets.UTF_8)),
                            new int[] {201, 201, 201, 403, 403, 401, 401, 403}),
                    row("GET", "/api/v1/imports", f -> call("GET", "/api/v1/imports"), EVERY_USER),
                    row("GET", "/api/v1/imports/{id}", f -> call("GET", "/api/v1/imports/" + f.id("valueImport")),
                            new int[] {200, 404, 404, 404, 404, 401, 401, 200}),
                    row("POST", "/api/v1/imports/{id}/commit", f -> call("POST", "/api/v1/imports/" + f.id("valueImport")
                            + "/commit"), new int[] {200, 404, 404, 403, 403, 401, 401, 403}),
                    row("GET", "/api/v1/scorecards/{id}/import-template", f -> call("GET", "/api/v1/scorecards/"
                            + f.id("services") + "/import-template?layout=wide&format=xlsx"), READ));
        }

        static List<Row> connectors() {
            String body = "{\"name\": \"%s\", \"jdbcUrl\": \"jdbc:postgresql://localhost:1/erp\", \"cron\": \"0 0 6 * * *\", "
                    + "\"active\": false, \"batchQuery\": \"select 1\"}";
            return List.of(
                    row("GET", "/api/v1/connectors", f -> call("GET", "/api/v1/connectors"), ADMIN_READ),
                    row("POST", "/api/v1/connectors", f -> json("POST", "/api/v1/connectors", body.formatted("Matrix API connector")),
                            adminsOnly(201)),
                    row("GET", "/api/v1/connectors/{id}", f -> call("GET", "/api/v1/connectors/" + f.id("connector")), ADMIN_READ),
                    row("PUT", "/api/v1/connectors/{id}", f -> json("PUT", "/api/v1/connectors/" + f.id("connector"),
                            body.formatted("Matrix renamed")), adminsOnly(200)),
                    row("DELETE", "/api/v1/connectors/{id}", f -> call("DELETE", "/api/v1/connectors/" + f.id("connector")),
                            adminsOnly(204)),
                    // the fixture's database refuses connections: the test names the JDBC URL, the run fails and is recorded
                    row("POST", "/api/v1/connectors/{id}/test", f -> call("POST", "/api/v1/connectors/" + f.id("connector")
                            + "/test"), adminsOnly(400)),
                    row("POST", "/api/v1/connectors/{id}/run", f -> call("POST", "/api/v1/connectors/" + f.id("connector")
                            + "/run"), adminsOnly(200)),
                    row("GET", "/api/v1/connectors/{id}/runs", f -> call("GET", "/api/v1/connectors/" + f.id("connector")
                            + "/runs"), ADMIN_READ),
                    row("GET", "/connectors", f -> call("GET", "/connectors"), adminPage(200)),
                    row("GET", "/connectors/new", f -> call("GET", "/connectors/new"), adminPage(200)),
                    row("POST", "/connectors", f -> form("/connectors", "name", "Matrix page connector", "jdbcUrl",
                            "jdbc:postgresql://localhost:1/erp", "cron", "0 0 6 * * *", "timeoutSeconds", "5", "batchQuery",
                            "select 1"), adminPage(302)),
                    row("GET", "/connectors/{id}", f -> call("GET", "/connectors/" + f.id("connector")), adminPage(200)),
                    row("POST", "/connectors/{id}", f -> form("/connectors/" + f.id("connector"), "name", "Matrix page renamed",
                            "jdbcUrl", "jdbc:postgresql://localhost:1/erp", "cron", "0 0 6 * * *", "timeoutSeconds", "5",
                            "batchQuery", "select 1"), adminPage(302)),
                    row("POST", "/connectors/{id}/test", f -> form("/connectors/" + f.id("connector") + "/test"), adminPage(200)),
                    row("POST", "/connectors/{id}/run", f -> form("/connectors/" + f.id("connector") + "/run"), adminPage(302)),
                    row("POST", "/connectors/{id}/delete", f -> form("/connectors/" + f.id("connector") + "/delete"),
                            adminPage(302)));
        }

        /** Webhooks are for administrators only, pages and API alike. */
        static List<Row> webhooks() {
            String body = "{\"url\": \"http://127.0.0.1:9/matrix-new\", \"events\": [\"value.recorded\"], \"active\": false}";
            return List.of(
                    row("GET", "/api/v1/webhooks", f -> call("GET", "/api/v1/webhooks"), ADMIN_READ),
                    row("POST", "/api/v1/webhooks", f -> json("POST", "/api/v1/webhooks", body), adminsOnly(201)),
                    row("GET", "/api/v1/webhooks/{id}", f -> call("GET", "/api/v1/webhooks/" + f.id("webhook")), ADMIN_READ),
                    row("PUT", "/api/v1/webhooks/{id}", f -> json("PUT", "/api/v1/webhooks/" + f.id("webhook"),
                            "{\"url\": \"http://127.0.0.1:9/matrix\", \"events\": [\"period.locked\"], \"active\": false, "
                            + "\"version\": 0}"), adminsOnly(200)),
                    row("DELETE", "/api/v1/webhooks/{id}", f -> call("DELETE", "/api/v1/webhooks/" + f.id("webhook")), adminsOnly(204)),
                    row("GET", "/api/v1/webhooks/{id}/deliveries", f -> call("GET", "/api/v1/webhooks/" + f.id("webhook")
                            + "/deliveries"), ADMIN_READ),
                    row("POST", "/api/v1/webhooks/{id}/test", f -> call("POST", "/api/v1/webhooks/" + f.id("webhook") + "/test"),
                            adminsOnly(202)),
                    row("POST", "/api/v1/webhooks/{id}/secret", f -> call("POST", "/api/v1/webhooks/" + f.id("webhook")
                            + "/secret"), adminsOnly(200)),
                    row("GET", "/webhooks", f -> call("GET", "/webhooks"), adminPage(200)),
                    row("POST", "/webhooks", f -> form("/webhooks", "url", "http://127.0.0.1:9/matrix-page", "events",
                            "value.recorded"), adminPage(302)),
                    row("GET", "/webhooks/{id}", f -> call("GET", "/webhooks/" + f.id("webhook")), adminPage(200)),
                    row("POST", "/webhooks/{id}", f -> form("/webhooks/" + f.id("webhook"), "url", "http://127.0.0.1:9/matrix",
                            "events", "period.locked", "version", "0"), adminPage(302)),
                    row("POST", "/webhooks/{id}/delete", f -> form("/webhooks/" + f.id("webhook") + "/delete"), adminPage(302)),
                    row("POST", "/webhooks/{id}/secret", f -> form("/webhooks/" + f.id("webhook") + "/secret"), adminPage(302)),
                    row("POST", "/webhooks/{id}/test", f -> form("/webhooks/" + f.id("webhook") + "/test"), adminPage(302)));
        }

        static List<Row> accounts() {
            return List.of(
                    row("GET", "/api/v1/me", f -> call("GET", "/api/v1/me"), EVERY_USER),
                    row("PUT", "/api/v1/me/password", f -> json("PUT", "/api/v1/me/password",
                            "{\"currentPassword\": \"demo\", \"newPassword\": \"a-new-password-1\"}"),
                            new int[] {204, 204, 204, 204, 400, 401, 401, 403}),
                    row("GET", "/api/v1/me/tokens", f -> call("GET", "/api/v1/me/tokens"), EVERY_USER),
                    row("POST", "/api/v1/me/tokens", f -> json("POST", "/api/v1/me/tokens",
                            "{\"name\": \"matrix\", \"scope\": \"read\", \"expiresAt\": \"2027-01-01T00:00:00Z\"}"),
                            new int[] {201, 201, 201, 201, 201, 401, 401, 403}),
                    row("DELETE", "/api/v1/me/tokens/{id}", f -> call("DELETE", "/api/v1/me/tokens/" + f.id("adminToken")),
                            new int[] {204, 404, 404, 404, 404, 401, 401, 403}),
                    row("GET", "/api/v1/users", f -> call("GET", "/api/v1/users"), ADMIN_READ),
                    row("GET", "/api/v1/users/{id}", f -> call("GET", "/api/v1/users/" + f.id("outsider")), ADMIN_READ),
                    row("POST", "/api/v1/users", f -> json("POST", "/api/v1/users",
                            "{\"username\": \"matrix-new\", \"password\": \"matrix-password-1\"}"), adminsOnly(201)),
                    row("PUT", "/api/v1/users/{id}", f -> json("PUT", "/api/v1/users/" + f.id("outsider"),
                            "{\"displayName\": \"Out\", \"admin\": false, \"enabled\": true, \"version\": " + f.id("outsiderVersion") + "}"),
                            adminsOnly(200)),
                    row("PUT", "/api/v1/users/{id}/password", f -> json("PUT", "/api/v1/users/" + f.id("outsider") + "/password",
                            "{\"password\": \"reset-password-1\"}"), adminsOnly(204)),
                    row("GET", "/api/v1/grants", f -> call("GET", "/api/v1/grants"), ADMIN_READ),
                    row("POST", "/api/v1/grants", f -> json("POST", "/api/v1/grants", "{\"userId\": " + f.id("grantee")
                            + ", \"scorecardId\": " + f.id("services") + ", \"role\": \"VIEWER\"}"), adminsOnly(201)),
                    row("DELETE", "/api/v1/grants/{id}", f -> call("DELETE", "/api/v1/grants/" + f.id("grant")), adminsOnly(204)));
        }
    }

    /** Creates the data the rows need, once per test JVM, and reads the ids of the demo records they touch. */
    record MatrixFixture(JdbcClient jdbc, TokenService tokens, UserService users, GrantService grants) {

        static final String VALUES_FILE = "kpi_code,period,value\nS_REV,2026-11,1\n";

        static final String IMPORT_FILE = """
                version: 1
                scorecard:
                  name: Matrix import
                  unit: Northwind Services
                perspectives:
                  - name: Financial
                    objectives:
                      - code: MI1
                        name: Matrix
                """;

        Fixture create() {
            Map<String, Long> ids = new LinkedHashMap<>();
            dev.fourfold.shared.Actor system = dev.fourfold.shared.Actor.system();
            ids.put("organisationVersion", one("select version from organisation where id = 1"));
            ids.put("servicesUnit", one("select id from org_unit where name = 'Northwind Services'"));
            ids.put("services", one("select id from scorecard where name = 'Services scorecard'"));
            ids.put("servicesVersion", one("select version from scorecard where name = 'Services scorecard'"));
            ids.put("servicesPerspective", one("select min(id) from perspective where scorecard_id = " + ids.get("services")));
            ids.put("servicesPerspectiveVersion", one("select version from perspective where id = " + ids.get("servicesPerspective")));
            ids.put("objective", one("select id from objective where code = 'SF1'"));
            ids.put("objectiveVersion", one("select version from objective where code = 'SF1'"));
            ids.put("kpi", one("select id from kpi where code = 'S_REV'"));
            ids.put("kpiVersion", one("select version from kpi where code = 'S_REV'"));
            ids.put("target", one("select id from target where kpi_id = " + ids.get("kpi") + " and period = '2026-10'"));
            ids.put("targetVersion", one("select version from target where id = " + ids.get("target")));
            ids.put("actual", one("select id from actual_value where kpi_id = " + ids.get("kpi") + " and period = '2026-10'"));
            ids.put("actualVersion", one("select version from actual_value where id = " + ids.get("actual")));
            ids.put("pending", one("select min(id) from actual_value where state = 'pending'"));
            ids.put("group", one("select id from scorecard where name = 'Group scorecard'"));
            ids.put("groupObjective", one("select min(id) from objective where scorecard_id = " + ids.get("group")));
            ids.put("include", one("select min(id) from scorecard_include where child_scorecard_id = " + ids.get("services")));
            long empty = jdbc.sql("insert into org_unit (parent_id, name, name_key, created_at, updated_at) "
                            + "values (null, 'Matrix empty unit', 'matrix empty unit', current_timestamp, current_timestamp)")
                    .update();
            ids.put("emptyUnit", one("select id from org_unit where name_key = 'matrix empty unit'"));
            ids.put("emptyScorecard", insert("insert into scorecard (unit_id, name, name_key, method, created_at, updated_at) values ("
                    + ids.get("servicesUnit") + ", 'Matrix empty', 'matrix empty', 'ratio', current_timestamp, current_timestamp)",
                    "select id from scorecard where name_key = 'matrix empty'"));
            ids.put("emptyPerspective", insert("insert into perspective (scorecard_id, name, name_key, position) values ("
                    + ids.get("services") + ", 'Matrix empty', 'matrix empty', 99)", "select id from perspective where name_key = 'matrix empty'"));
            ids.put("emptyObjective", insert("insert into objective (scorecard_id, perspective_id, code, code_key, name, created_at, updated_at) values ("
                    + ids.get("services") + ", " + ids.get("servicesPerspective") + ", 'MEMPTY', 'mempty', 'Empty', current_timestamp, current_timestamp)",
                    "select id from objective where code_key = 'mempty'"));
            jdbc.sql("insert into value_import (file_name, format, layout, sha256, content, status, rows_read, "
                            + "created_count, updated_count, unchanged_count, empty_count, problem_count, problems, "
                            + "created_by, created_at) values ('matrix-kept.csv', 'csv', 'long', 'x', :content, "
                            + "'previewed', 1, 1, 0, 0, 0, 0, '[]', 'admin', current_timestamp)")
                    .param("content", VALUES_FILE.getBytes(StandardCharsets.UTF_8)).update();
            ids.put("valueImport", one("select id from value_import where file_name = 'matrix-kept.csv'"));
            ids.put("connector", insert("insert into connector (name, name_key, jdbc_url, username, cron, active, "
                    + "batch_query, timeout_seconds, created_by, created_at) values ('Matrix connector', 'matrix connector', "
                    + "'jdbc:postgresql://localhost:1/erp', 'reader', '0 0 6 * * *', false, 'select 1', 5, 'admin', "
                    + "current_timestamp)", "select id from connector where name_key = 'matrix connector'"));
            ids.put("webhook", insert("insert into webhook_subscription (url, events, secret, active, version, created_by, "
                    + "created_at) values ('http://127.0.0.1:9/matrix', 'value.recorded', 'whsec_matrix', false, 0, 'admin', "
                    + "current_timestamp)", "select id from webhook_subscription where secret = 'whsec_matrix'"));
            ids.put("initiative", insert("insert into initiative (objective_id, name, created_at, updated_at) values ("
                    + ids.get("objective") + ", 'Matrix initiative', current_timestamp, current_timestamp)",
                    "select id from initiative where name = 'Matrix initiative'"));
            jdbc.sql("insert into period_lock (scorecard_id, period, first_month, last_month, locked_by, locked_at, snapshot) values ("
                    + ids.get("services") + ", '2024-01', date '2024-01-01', date '2024-01-01', 'admin', current_timestamp, '{}')").update();
            users.createInitial("outsider", "Outsider", "outsider-password", false);
            users.createInitial("grantee", "Grantee", "grantee-password", false);
            ids.put("outsider", one("select id from app_user where username_key = 'outsider'"));
            ids.put("outsiderVersion", one("select version from app_user where username_key = 'outsider'"));
            ids.put("grantee", one("select id from app_user where username_key = 'grantee'"));
            ids.put("grant", grants.grantInitial("grantee", ids.get("servicesUnit"), null, Role.VIEWER).id());
            TokenService.Created read = tokens.create(dev.fourfold.shared.Actor.user("admin", dev.fourfold.shared.ChangeSource.API),
                    "matrix read", "read", TestClock.NOW.plusSeconds(86_400));
            ids.put("adminToken", read.token().id());
            String expired = TokenService.PREFIX + "expired-matrix-token-0123456789";
            jdbc.sql("insert into api_token (user_id, name, token_hash, prefix, scope, created_at, expires_at) values ("
                            + "(select id from app_user where username_key = 'admin'), 'expired', :h, 'ff_expired', 'read-write', :t, :t)")
                    .param("h", TokenService.hash(expired)).param("t", Timestamp.from(TestClock.NOW.minusSeconds(60))).update();
            assertThat(empty).isEqualTo(1);
            assertThat(system.isSystem()).isTrue();
            return new Fixture(ids, expired, read.secret());
        }

        private long one(String sql) {
            return jdbc.sql(sql).query(Long.class).single();
        }

        private long insert(String sql, String select) {
            jdbc.sql(sql).update();
            return one(select);
        }
    }
}
