package dev.fourfold.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The requests of the hostile-input battery: for every write endpoint a valid body, then that body with one field
 * at a time replaced by a hostile or careless value, plus bodies that are broken as a whole. A probe names the field
 * it breaks, so the answer can be checked for naming it.
 */
final class HostileProbes {

    /** One request: who sends it, where, what, and which field it breaks ({@code null}: the body as a whole). */
    record Probe(String role, String method, String uri, String contentType, String body, String field, String label) {

        String name() {
            return role + " " + method + " " + uri + " " + (field == null ? "" : field + " = ") + label;
        }
    }

    /** The kinds of field, each with the hostile values sent in its place (raw JSON text). */
    enum Kind {
        DECIMAL("1e999999999", "-1e999999999", "1e-400", "1e-1000000", "1e30", "0.0000000000001", "\"NaN\"",
                "\"Infinity\"", "\"12,5\"", "true", "[]", "{}"),
        INTEGER("99999999999", "-99999999999", "1.5", "\"abc\"", "1e999", "[]"),
        ID("-1", "99999999999999999999", "\"abc\"", "1.5", "{}", "1e999999999"),
        TEXT("\"\"", "\"   \"", "\"a\\u0000b\"", "\"a\\r\\nb\"", "\"\\ud800x\"", "\"" + "x".repeat(5000) + "\"",
                "[]", "{}"),
        OPTIONAL_TEXT("\"a\\u0000b\"", "\"a\\nb\"", "\"\\udc00\"", "\"" + "x".repeat(5000) + "\"", "{}"),
        MULTILINE("\"a\\u0000b\"", "\"\\ud800\"", "\"" + "x".repeat(50000) + "\"", "[]"),
        PERIOD("\"1000-01\"", "\"9999-12\"", "\"2026-13\"", "\"2026-Q5\"", "\"abc\"", "202601", "\"\"", "[]"),
        YEAR("\"1000\"", "\"9999\"", "\"2026-01\"", "\"abc\"", "2026.5"),
        TIME("1767225600", "\"2027-13-45T00:00:00Z\"", "\"+10000-01-01T00:00:00Z\"", "\"2027-01-01\"", "true"),
        DATE("20260101", "\"2026-13-45\"", "\"+10000-01-01\"", "\"1000-01-01\"", "\"abc\"", "true"),
        CHOICE("\"sideways\"", "\"SUM; drop table kpi\"", "[]", "{}"),
        IDS("[-1]", "[\"x\"]", "5", "[99999999999999999999]"),
        DECIMALS("[1e-1000000]", "[1e999999999]", "[1e-10000000, 1]", "[\"x\"]", "7"),
        FORMULA("\"REV * (\"", "\"NO_SUCH_CODE * 1\"", "\"" + "(".repeat(3000) + "1" + ")".repeat(3000) + "\"",
                "\"prev(1)\"", "\"" + "1+".repeat(1100) + "1\""),
        VERSION("\"x\"", "1e999", "-1");

        final List<String> values;

        Kind(String... values) {
            this.values = List.of(values);
        }
    }

    /** A write endpoint: where, its valid body (raw JSON per field) and the kind of each field probed. */
    record Endpoint(String method, String uri, Map<String, String> body, Map<String, Kind> fields, boolean needsBody) {
    }

    private HostileProbes() {
    }

    /** Bodies broken as a whole, sent to every endpoint. */
    static final List<String[]> BROKEN_BODIES = List.of(
            new String[]{"malformed", "{\"name\": "},
            new String[]{"array", "[]"},
            new String[]{"null", "null"},
            new String[]{"empty", ""},
            new String[]{"string", "\"x\""},
            new String[]{"deep arrays", "[".repeat(20000) + "]".repeat(20000)},
            new String[]{"deep objects", "{\"a\":".repeat(5000) + "1" + "}".repeat(5000)});

    /**
     * Every probe for the owner (every field, every hostile value, every broken body); the steward and the viewer
     * send the first hostile value of every field and one broken body, since permission is checked first.
     */
    static List<Probe> all(List<Endpoint> endpoints) {
        List<Probe> probes = new ArrayList<>();
        for (Endpoint e : endpoints) {
            for (String role : List.of("owner", "steward", "viewer")) {
                boolean full = role.equals("owner");
                for (Map.Entry<String, Kind> field : e.fields().entrySet()) {
                    List<String> values = full ? field.getValue().values : field.getValue().values.subList(0, 1);
                    for (String value : values) {
                        probes.add(new Probe(role, e.method(), e.uri(), "application/json",
                                json(with(e.body(), field.getKey(), value)), field.getKey(), abbreviate(value)));
                    }
                }
                for (String[] broken : !e.needsBody() ? List.<String[]>of() : full ? BROKEN_BODIES : BROKEN_BODIES.subList(0, 1)) {
                    probes.add(new Probe(role, e.method(), e.uri(), "application/json", broken[1], null, broken[0]));
                }
                Map<String, String> unknown = new LinkedHashMap<>(e.body());
                unknown.put("colour", "\"blue\"");
                probes.add(new Probe(role, e.method(), e.uri(), "application/json", json(unknown), "colour", "unknown field"));
                if (full) {
                    probes.add(new Probe(role, e.method(), e.uri(), "text/plain", json(e.body()), null, "wrong content type"));
                }
            }
        }
        return probes;
    }

    /** The body with the value at {@code path} ({@code a}, {@code a.b} or {@code items[0].b}) replaced. */
    static Map<String, String> with(Map<String, String> body, String path, String raw) {
        Map<String, String> copy = new LinkedHashMap<>(body);
        int dot = path.indexOf('.');
        if (dot < 0) {
            copy.put(path, raw);
            return copy;
        }
        String head = path.substring(0, dot);
        boolean inList = head.endsWith("[0]");
        String key = inList ? head.substring(0, head.length() - 3) : head;
        String nested = copy.get(key);
        String inner = inList ? nested.substring(1, nested.length() - 1) : nested;
        String replaced = json(with(parse(inner), path.substring(dot + 1), raw));
        copy.put(key, inList ? "[" + replaced + "]" : replaced);
        return copy;
    }

    static String json(Map<String, String> body) {
        StringBuilder out = new StringBuilder("{");
        body.forEach((k, v) -> out.append(out.length() > 1 ? ", " : "").append('"').append(k).append("\": ").append(v));
        return out.append('}').toString();
    }

    /** Reads back a flat object written by {@link #json} whose values hold no top-level commas. */
    private static Map<String, String> parse(String object) {
        Map<String, String> out = new LinkedHashMap<>();
        String inside = object.substring(1, object.length() - 1).trim();
        if (inside.isEmpty()) {
            return out;
        }
        int depth = 0;
        int start = 0;
        for (int i = 0; i <= inside.length(); i++) {
            char c = i == inside.length() ? ',' : inside.charAt(i);
            depth += c == '{' || c == '[' ? 1 : c == '}' || c == ']' ? -1 : 0;
            if (c == ',' && depth == 0) {
                String pair = inside.substring(start, i).trim();
                int colon = pair.indexOf(':');
                out.put(pair.substring(1, colon - 1), pair.substring(colon + 1).trim());
                start = i + 1;
            }
        }
        return out;
    }

    private static String abbreviate(String value) {
        return value.length() > 24 ? value.substring(0, 12) + "…(" + value.length() + " chars)" : value;
    }
}
