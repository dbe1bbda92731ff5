package dev.fourfold.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.fourfold.api.HostileProbes.Endpoint;
import dev.fourfold.api.HostileProbes.Kind;
import dev.fourfold.api.HostileProbes.Probe;
import dev.fourfold.support.Api;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Hostile and careless input against every write endpoint and the scorecard import, sent as the demo's scorecard
 * owner, KPI owner (steward) and viewer. Whatever arrives: never a 5xx, every refusal is problem+json with a detail
 * (naming the field where the problem is one field's), and a refused request leaves every table as it was — the
 * same rows, and the same versions of every versioned row.
 */
class HostileInputBatteryTests extends ApiContract {

    @Autowired
    JdbcClient jdbc;

    private String stateQuery;

    private int sequence;

    @TestFactory
    Stream<DynamicTest> refusesHostileInputWithoutFailingOrChangingAnything() {
        List<Probe> probes = new ArrayList<>(HostileProbes.all(endpoints(Fixture.read(api()))));
        probes.addAll(importProbes());
        probes.addAll(pathProbes());
        assertThat(probes).hasSizeGreaterThanOrEqualTo(300);
        return probes.stream().map(p -> dynamicTest(p.name(), () -> check(p)));
    }

    private void check(Probe probe) {
        Map<String, Long> before = tableState();
        Api.Answer answer = send(probe);
        assertThat(answer.status()).as("status of %s: %s", probe.name(), answer.body()).isBetween(400, 499);
        assertThat(answer.contentType()).as(answer.body()).startsWith("application/problem+json");
        assertThat((String) answer.json("$.detail")).as(answer.body()).isNotBlank();
        assertThat(answer.body()).as("no library internals").doesNotContain("tools.jackson", "java.lang.",
                "org.springframework", "Exception", "org.h2", "org.postgresql", "snakeyaml");
        if (answer.status() == 400 && probe.field() != null) {
            List<String> fields = answer.body().contains("\"errors\"") ? answer.json("$.errors[*].field") : List.of();
            assertThat(fields).as("fields named for %s: %s", probe.name(), answer.body())
                    .anySatisfy(f -> assertThat(names(f, probe.field())).isTrue());
        }
        assertThat(tableState()).as("tables after %s", probe.name()).isEqualTo(before);
    }

    /** Whether an answer's field names the probed one: the same path, or an index inside it. */
    private static boolean names(String answered, String probed) {
        String bare = probed.replace("[0]", "");
        return answered.equals(probed) || answered.replaceAll("\\[\\d+]", "").equals(bare)
                || answered.startsWith(probed + "[") || answered.startsWith(probed + ".");
    }

    private Api.Answer send(Probe p) {
        Api client = api().as(p.role());
        var request = switch (p.method()) {
            case "PUT" -> MockMvcRequestBuilders.put(p.uri());
            case "DELETE" -> MockMvcRequestBuilders.delete(p.uri());
            default -> MockMvcRequestBuilders.post(p.uri());
        };
        // '#' in a base body becomes a number of its own, so that one probe accepted by mistake does not make the
        // next ones fail on a taken code instead of on the field they probe
        String body = p.body().replace("#", Integer.toString(sequence++));
        return client.send(request.contentType(p.contentType()).content(body.getBytes(StandardCharsets.UTF_8)));
    }

    /** Row count of every table, and the sum of the versions of every table that has them, in one query. */
    private Map<String, Long> tableState() {
        if (stateQuery == null) {
            List<String> tables = jdbc.sql("""
                            select table_name from information_schema.tables
                            where lower(table_schema) = 'public' and lower(table_type) in ('base table', 'table')
                            and lower(table_name) not like 'flyway%'""")
                    .query(String.class).list();
            List<String> versioned = jdbc.sql("""
                            select table_name from information_schema.columns
                            where lower(table_schema) = 'public' and lower(column_name) = 'version'""")
                    .query(String.class).list();
            stateQuery = String.join(" union all ", tables.stream().map(t -> "select '" + t + "' as k, count(*)"
                    + (versioned.contains(t) ? " * 1000000 + coalesce(sum(version), 0)" : "") + " as v from " + t).toList());
        }
        Map<String, Long> state = new TreeMap<>();
        jdbc.sql(stateQuery).query((rs, n) -> state.put(rs.getString(1), rs.getLong(2))).list();
        return state;
    }

    /** The ids the probes refer to, read from the demo company as the administrator. */
    record Fixture(long groupUnit, long servicesUnit, long scorecard, long perspective, long objective, long kpi,
                   long actual, long initiative, long user) {

        static Fixture read(Api admin) {
            Map<String, Object> kpi = admin.get("/api/v1/kpis?size=500").<List<Map<String, Object>>>json(
                    "$.items[?(@.owner == 'steward' && @.aggregation != 'formula')]").get(0);
            long scorecard = number(kpi.get("scorecardId"));
            long objective = number(kpi.get("objectiveId"));
            long perspective = number(admin.get("/api/v1/objectives/" + objective).json("$.perspectiveId"));
            long services = number(admin.get("/api/v1/scorecards/" + scorecard).json("$.unitId"));
            long group = number(admin.get("/api/v1/units/" + services).json("$.parentId"));
            long actual = number(admin.get("/api/v1/actuals?kpiId=" + kpi.get("id") + "&size=1").json("$.items[0].id"));
            long initiative = ApiCases.created(admin.post("/api/v1/initiatives", "{\"objectiveId\": " + objective
                    + ", \"name\": \"Probe target\", \"status\": \"not-started\"}"));
            long user = number(admin.get("/api/v1/users").<List<Object>>json("$[?(@.username == 'viewer')].id").get(0));
            return new Fixture(group, services, scorecard, perspective, objective, number(kpi.get("id")), actual,
                    initiative, user);
        }

        private static long number(Object o) {
            return ((Number) o).longValue();
        }
    }

    private static List<Endpoint> endpoints(Fixture f) {
        return List.of(
                endpoint("POST", "/api/v1/units", body("parentId", f.groupUnit(), "name", "\"Probe unit #\""),
                        fields("parentId", Kind.ID, "name", Kind.TEXT)),
                endpoint("PUT", "/api/v1/units/" + f.servicesUnit(), body("parentId", f.groupUnit(), "name", "\"Probe #\"", "version", 0),
                        fields("name", Kind.TEXT, "version", Kind.VERSION)),
                endpoint("POST", "/api/v1/scorecards", body("unitId", f.servicesUnit(), "name", "\"Probe #\"", "vision", "\"v\"",
                                "method", "\"ratio\"", "bands", "{\"amber\": 80, \"green\": 100}", "cap", "{\"low\": 0, \"high\": 120}",
                                "missing", "\"ignore\"", "rollup", "\"average\""),
                        fields("unitId", Kind.ID, "name", Kind.TEXT, "vision", Kind.MULTILINE, "method", Kind.CHOICE,
                                "bands.amber", Kind.DECIMAL, "cap.high", Kind.DECIMAL, "missing", Kind.CHOICE, "rollup", Kind.CHOICE)),
                endpoint("PUT", "/api/v1/scorecards/" + f.scorecard(), body("unitId", f.servicesUnit(), "name", "\"Probe #\"",
                                "bands", "{\"amber\": 80, \"green\": 100}", "version", 0),
                        fields("name", Kind.TEXT, "bands.green", Kind.DECIMAL, "version", Kind.VERSION)),
                endpoint("POST", "/api/v1/perspectives", body("scorecardId", f.scorecard(), "name", "\"Probe #\"", "position", 1,
                                "weight", 1, "rollup", "\"average\""),
                        fields("scorecardId", Kind.ID, "name", Kind.TEXT, "position", Kind.INTEGER, "weight", Kind.DECIMAL,
                                "rollup", Kind.CHOICE)),
                endpoint("POST", "/api/v1/objectives", body("perspectiveId", f.perspective(), "code", "\"PROBE_#\"",
                                "name", "\"Probe #\"", "description", "\"d\"", "owner", "\"o\"", "weight", 1, "drivenBy", "[]"),
                        fields("perspectiveId", Kind.ID, "code", Kind.TEXT, "name", Kind.TEXT, "description", Kind.MULTILINE,
                                "owner", Kind.OPTIONAL_TEXT, "weight", Kind.DECIMAL, "alignedToId", Kind.ID, "drivenBy", Kind.IDS)),
                endpoint("POST", "/api/v1/kpis", body("objectiveId", f.objective(), "code", "\"PROBE_K#\"", "name", "\"Probe #\"",
                                "polarity", "\"higher\"", "frequency", "\"monthly\"", "aggregation", "\"sum\"", "weight", 1,
                                "target", 10, "thresholds", "{\"amber\": 5, \"green\": 10}", "band", "{\"low\": 1, \"high\": 2, \"tolerance\": 1}",
                                "forecast", "{\"method\": \"holt\", \"alpha\": 0.5, \"beta\": 0.1}", "graceDays", 5),
                        fields("objectiveId", Kind.ID, "code", Kind.TEXT, "name", Kind.TEXT, "unit", Kind.OPTIONAL_TEXT,
                                "polarity", Kind.CHOICE, "frequency", Kind.CHOICE, "aggregation", Kind.CHOICE, "method", Kind.CHOICE,
                                "weight", Kind.DECIMAL, "baseline", Kind.DECIMAL, "target", Kind.DECIMAL,
                                "thresholds.amber", Kind.DECIMAL, "band.tolerance", Kind.DECIMAL, "formula", Kind.FORMULA,
                                "graceDays", Kind.INTEGER, "forecast.alpha", Kind.DECIMAL, "owner", Kind.OPTIONAL_TEXT)),
                endpoint("POST", "/api/v1/targets", body("kpiId", f.kpi(), "period", "\"2026-11\"", "value", 5, "reason", "\"r\""),
                        fields("kpiId", Kind.ID, "period", Kind.PERIOD, "value", Kind.DECIMAL, "reason", Kind.MULTILINE)),
                endpoint("POST", "/api/v1/targets/batch", body("items", "[{\"kpiId\": " + f.kpi() + ", \"period\": \"2026-11\", \"value\": 5}]"),
                        fields("items[0].period", Kind.PERIOD, "items[0].value", Kind.DECIMAL, "items[0].kpiId", Kind.ID)),
                endpoint("POST", "/api/v1/targets/phase", body("kpiId", f.kpi(), "year", "\"2027\"", "total", 120,
                                "weights", "[1,1,1,1,1,1,1,1,1,1,1,1]", "reason", "\"r\""),
                        fields("kpiId", Kind.ID, "year", Kind.YEAR, "total", Kind.DECIMAL, "weights", Kind.DECIMALS)),
                endpoint("POST", "/api/v1/actuals", body("kpiId", f.kpi(), "period", "\"2026-11\"", "value", 5, "comment", "\"c\""),
                        fields("kpiId", Kind.ID, "period", Kind.PERIOD, "value", Kind.DECIMAL, "comment", Kind.MULTILINE)),
                endpoint("PUT", "/api/v1/actuals/" + f.actual(), body("value", 5, "version", 0),
                        fields("value", Kind.DECIMAL, "version", Kind.VERSION)),
                endpoint("POST", "/api/v1/actuals/batch", body("items", "[{\"kpiId\": " + f.kpi() + ", \"period\": \"2026-11\", \"value\": 5}]"),
                        fields("items[0].period", Kind.PERIOD, "items[0].value", Kind.DECIMAL, "items[0].kpiId", Kind.ID)),
                endpoint("POST", "/api/v1/actuals/" + f.actual() + "/reject", body("comment", "\"c\""),
                        fields("comment", Kind.MULTILINE)),
                endpoint("POST", "/api/v1/initiatives", body("objectiveId", f.objective(), "name", "\"Probe #\"",
                                "start", "\"2026-01-01\"", "end", "\"2026-12-31\"", "budget", 100, "percentComplete", 10,
                                "status", "\"not-started\""),
                        fields("objectiveId", Kind.ID, "name", Kind.TEXT, "start", Kind.DATE, "end", Kind.DATE,
                                "budget", Kind.DECIMAL, "percentComplete", Kind.DECIMAL, "status", Kind.CHOICE)),
                endpoint("PUT", "/api/v1/initiatives/" + f.initiative(), body("objectiveId", f.objective(), "name", "\"Probe #\"",
                                "percentComplete", 10, "status", "\"not-started\"", "version", 0),
                        fields("percentComplete", Kind.DECIMAL, "start", Kind.DATE, "version", Kind.VERSION)),
                endpoint("POST", "/api/v1/scorecards/" + f.scorecard() + "/locks", body("period", "\"2026-11\""),
                        fields("period", Kind.PERIOD)),
                endpoint("POST", "/api/v1/grants", body("userId", f.user(), "unitId", f.servicesUnit(), "role", "\"VIEWER\""),
                        fields("userId", Kind.ID, "role", Kind.CHOICE)),
                endpoint("POST", "/api/v1/users", body("username", "\"probe#\"", "displayName", "\"Probe #\"", "password", "\"a long password 1\""),
                        fields("username", Kind.TEXT, "displayName", Kind.OPTIONAL_TEXT)),
                endpoint("POST", "/api/v1/me/tokens", body("name", "\"probe\"", "scope", "\"read\"", "expiresAt", "\"2027-01-01T00:00:00Z\""),
                        fields("name", Kind.TEXT, "scope", Kind.CHOICE, "expiresAt", Kind.TIME)));
    }

    /** Scorecard files that are hostile as YAML, sent as text by each role. */
    private static List<Probe> importProbes() {
        String laughs = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
                + "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
                + "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n"
                + "f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\n";
        Map<String, String> files = new LinkedHashMap<>();
        files.put("deep flow nesting", "version: 1\nscorecard: " + "[".repeat(20000) + "]".repeat(20000) + "\n");
        files.put("deep block nesting", "version: 1\nscorecard:\n" + nestedBlock(3000));
        files.put("alias bomb", laughs);
        files.put("huge number", "version: 1\nscorecard:\n  name: X\n  bands: {amber: 1e999999999, green: 100}\n");
        files.put("tiny number", "version: 1\nscorecard:\n  name: X\n  bands: {amber: 1e-10000000, green: 100}\n");
        files.put("control characters", "version: 1\nscorecard:\n  name: \"a\\0b\"\n");
        files.put("not yaml", "\t{{{ :: ]]");
        files.put("empty", "");
        files.put("wrong version", "version: 99\nscorecard:\n  name: X\n");
        files.put("period out of range", "version: 1\nscorecard:\n  name: X\nperspectives:\n  - name: F\n    objectives:\n"
                + "      - code: O\n        name: O\n        kpis:\n          - code: PROBE_Y\n            name: P\n"
                + "            actuals: {\"1000-01\": 1}\n");
        files.put("deeply nested formula", "version: 1\nscorecard:\n  name: X\nperspectives:\n  - name: F\n    objectives:\n"
                + "      - code: O\n        name: O\n        kpis:\n          - code: PROBE_F\n            name: P\n"
                + "            formula: \"" + "(".repeat(30000) + "1" + ")".repeat(30000) + "\"\n");
        List<Probe> probes = new ArrayList<>();
        for (String role : List.of("owner", "steward", "viewer")) {
            files.forEach((label, text) -> probes.add(new Probe(role, "POST", "/api/v1/scorecards/import",
                    "application/yaml", text, null, label)));
        }
        return probes;
    }

    /** Deletes of ids that are not ids, or of none that exist. */
    private static List<Probe> pathProbes() {
        List<Probe> probes = new ArrayList<>();
        for (String role : List.of("owner", "steward", "viewer")) {
            for (String resource : List.of("units", "scorecards", "perspectives", "objectives", "kpis", "targets",
                    "actuals", "initiatives")) {
                for (String id : List.of("abc", "-1", "99999999999999999999", "999999")) {
                    probes.add(new Probe(role, "DELETE", "/api/v1/" + resource + "/" + id, "application/json", "", null, "delete"));
                }
            }
        }
        return probes;
    }

    private static String nestedBlock(int depth) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            out.append(" ".repeat(i + 2)).append("k:\n");
        }
        return out.append(" ".repeat(depth + 2)).append("v\n").toString();
    }

    private static Endpoint endpoint(String method, String uri, Map<String, String> body, Map<String, Kind> fields) {
        return new Endpoint(method, uri, body, fields, !uri.endsWith("/reject"));
    }

    private static Map<String, String> body(Object... pairs) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.put((String) pairs[i], String.valueOf(pairs[i + 1]));
        }
        return out;
    }

    private static Map<String, Kind> fields(Object... pairs) {
        Map<String, Kind> out = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.put((String) pairs[i], (Kind) pairs[i + 1]);
        }
        return out;
    }
}
