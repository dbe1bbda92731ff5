package dev.fourfold.importing;

import dev.fourfold.shared.Period;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * Writes a {@link ScorecardFile} as canonical YAML: keys in the order of the format description, only the keys
 * that are set, numbers in plain notation exactly as stored, flow style for small mappings and for actuals and
 * targets (periods ascending), strings quoted only where YAML would read them as something else. The same file
 * always gives the same text, and reading that text gives the same file.
 */
public final class ScorecardFileWriter {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z][A-Za-z0-9 _.@/&()'+-]*");
    private static final Pattern RESERVED = Pattern.compile("(?i)null|true|false|yes|no|on|off|y|n");

    private ScorecardFileWriter() {
    }

    public static String write(ScorecardFile file) {
        Yaml out = new Yaml();
        out.line(0, "version: " + file.version());
        out.line(0, "scorecard:");
        ScorecardSection s = file.scorecard();
        out.field(2, "name", text(s.name()));
        out.field(2, "unit", text(s.unit()));
        out.field(2, "parentUnit", text(s.parentUnit()));
        out.field(2, "vision", text(s.vision()));
        out.field(2, "fiscalYearStart", s.fiscalYearStart() == null ? null : s.fiscalYearStart().toString());
        out.field(2, "scale", s.scale() == null ? null : s.scale().key());
        out.field(2, "method", s.method() == null ? null : s.method().key());
        out.field(2, "bands", s.bands() == null ? null
                : flow("amber", s.bands().amber(), "green", s.bands().green(), "blue", s.bands().blue()));
        out.field(2, "cap", s.cap() == null ? null : "[" + number(s.cap().low()) + ", " + number(s.cap().high()) + "]");
        out.field(2, "missing", s.missing() == null ? null : s.missing().key());
        out.field(2, "rollup", s.rollup() == null ? null : s.rollup().key());
        if (!file.perspectives().isEmpty()) {
            out.line(0, "perspectives:");
            file.perspectives().forEach(p -> perspective(out, p));
        }
        return out.toString();
    }

    private static void perspective(Yaml out, PerspectiveSection p) {
        out.item(2, "name", text(p.name()));
        out.field(4, "weight", number(p.weight()));
        out.field(4, "rollup", p.rollup() == null ? null : p.rollup().key());
        if (!p.objectives().isEmpty()) {
            out.line(4, "objectives:");
            p.objectives().forEach(o -> objective(out, o));
        }
        includes(out, 4, p.includes());
    }

    /** The inclusions under a perspective or objective, each by scorecard name or unit. */
    private static void includes(Yaml out, int indent, List<IncludeSection> includes) {
        if (includes.isEmpty()) {
            return;
        }
        out.line(indent, "includes:");
        for (IncludeSection i : includes) {
            if (i.scorecard() != null) {
                out.item(indent + 2, "scorecard", text(i.scorecard()));
                out.field(indent + 4, "unit", text(i.unit()));
            } else {
                out.item(indent + 2, "unit", text(i.unit()));
            }
            out.field(indent + 4, "perspective", text(i.perspective()));
            out.field(indent + 4, "weight", number(i.weight()));
        }
    }

    private static void objective(Yaml out, ObjectiveSection o) {
        out.item(6, "code", text(o.code()));
        out.field(8, "name", text(o.name()));
        out.field(8, "description", text(o.description()));
        out.field(8, "owner", text(o.owner()));
        out.field(8, "weight", number(o.weight()));
        if (!o.drivenBy().isEmpty()) {
            StringJoiner codes = new StringJoiner(", ", "[", "]");
            o.drivenBy().forEach(c -> codes.add(text(c)));
            out.field(8, "drivenBy", codes.toString());
        }
        out.field(8, "alignedTo", text(o.alignedTo()));
        out.field(8, "rollup", o.rollup() == null ? null : o.rollup().key());
        if (!o.kpis().isEmpty()) {
            out.line(8, "kpis:");
            o.kpis().forEach(k -> kpi(out, k));
        }
        includes(out, 8, o.includes());
    }

    private static void kpi(Yaml out, KpiSection k) {
        int i = 12;
        out.item(10, "code", text(k.code()));
        out.field(i, "name", text(k.name()));
        out.field(i, "description", text(k.description()));
        out.field(i, "owner", text(k.owner()));
        out.field(i, "unit", text(k.unit()));
        out.field(i, "polarity", k.polarity() == null ? null : k.polarity().key());
        out.field(i, "frequency", k.frequency() == null ? null : k.frequency().key());
        out.field(i, "aggregation", k.aggregation() == null ? null : k.aggregation().key());
        out.field(i, "formula", text(k.formula()));
        out.field(i, "missingInputs", k.missingInputs() == null ? null : k.missingInputs().key());
        out.field(i, "targetAggregation", k.targetAggregation() == null ? null : k.targetAggregation().key());
        out.field(i, "weight", number(k.weight()));
        out.field(i, "method", k.method() == null ? null : k.method().key());
        out.field(i, "baseline", number(k.baseline()));
        out.field(i, "min", number(k.min()));
        out.field(i, "max", number(k.max()));
        out.field(i, "redFlag", number(k.redFlag()));
        out.field(i, "band", k.band() == null ? null
                : flow("low", k.band().low(), "high", k.band().high(), "tolerance", k.band().tolerance()));
        out.field(i, "thresholds", k.thresholds() == null ? null : flow("amber", k.thresholds().amber(),
                "green", k.thresholds().green(), "blue", k.thresholds().blue()));
        out.field(i, "lead", text(k.lead()));
        out.field(i, "benchmark", number(k.benchmark()));
        out.field(i, "graceDays", k.graceDays() == null ? null : k.graceDays().toString());
        out.field(i, "target", number(k.target()));
        out.field(i, "targets", periods(k.targets()));
        out.field(i, "budgets", periods(k.budgets()));
        out.field(i, "stretchTargets", periods(k.stretchTargets()));
        out.field(i, "actuals", periods(k.actuals()));
        out.field(i, "forecast", forecast(k.forecast()));
    }

    /** The forecast settings as a flow mapping with only the keys that are set, or null without settings. */
    private static String forecast(KpiSection.Forecast forecast) {
        if (forecast == null) {
            return null;
        }
        StringJoiner f = new StringJoiner(", ", "{", "}");
        if (forecast.method() != null) {
            f.add("method: " + forecast.method().key());
        }
        if (forecast.alpha() != null) {
            f.add("alpha: " + number(forecast.alpha()));
        }
        if (forecast.beta() != null) {
            f.add("beta: " + number(forecast.beta()));
        }
        return f.toString();
    }

    private static String periods(Map<Period, BigDecimal> values) {
        if (values.isEmpty()) {
            return null;
        }
        StringJoiner flow = new StringJoiner(", ", "{", "}");
        values.forEach((period, value) -> flow.add(period.key() + ": " + number(value)));
        return flow.toString();
    }

    /** {@code {amber: 80, green: 100}}: pairs of key and number, leaving out null numbers. */
    private static String flow(Object... pairs) {
        StringJoiner flow = new StringJoiner(", ", "{", "}");
        for (int p = 0; p < pairs.length; p += 2) {
            if (pairs[p + 1] != null) {
                flow.add(pairs[p] + ": " + number((BigDecimal) pairs[p + 1]));
            }
        }
        return flow.toString();
    }

    private static String number(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    /** A string as YAML reads it back as the same string: plain when safe, else double-quoted. */
    static String text(String value) {
        if (value == null) {
            return null;
        }
        if (PLAIN.matcher(value).matches() && !value.endsWith(" ") && !RESERVED.matcher(value).matches()) {
            return value;
        }
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\t' -> quoted.append("\\t");
                case '\r' -> quoted.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7f || c == 0x85 || c == 0x2028 || c == 0x2029 || c == 0xfeff) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }

    /** Indented lines; a field whose value is null is left out. */
    private static final class Yaml {
        private final StringBuilder text = new StringBuilder();

        void line(int indent, String line) {
            text.append(" ".repeat(indent)).append(line).append('\n');
        }

        void field(int indent, String key, String value) {
            if (value != null) {
                line(indent, key + ": " + value);
            }
        }

        void item(int indent, String key, String value) {
            line(indent, "- " + key + ": " + (value == null ? "null" : value));
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
