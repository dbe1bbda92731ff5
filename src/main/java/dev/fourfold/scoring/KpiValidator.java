package dev.fourfold.scoring;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** The checks of one KPI definition that need no other KPI except for the set of known codes. */
final class KpiValidator {

    private static final Pattern CODE = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    private final Scale scale;
    private final Method defaultMethod;
    private final List<DefinitionProblem> problems;

    KpiValidator(Scale scale, Method defaultMethod, List<DefinitionProblem> problems) {
        this.scale = scale;
        this.defaultMethod = defaultMethod;
        this.problems = problems;
    }

    /** Checks {@code kpi}; {@code knownCodes} (upper case) are the codes a formula may use. */
    void check(String path, KpiDefinition kpi, Set<String> knownCodes) {
        if (!CODE.matcher(kpi.code()).matches()) {
            add(path, "code", "code '" + kpi.code() + "' must start with a letter and contain only letters, digits and _");
        }
        if (kpi.weight().signum() < 0) {
            add(path, "weight", "weight must not be negative (is " + kpi.weight().toPlainString() + ")");
        }
        checkMethod(path, kpi);
        checkBandAndThresholds(path, kpi);
        checkFormula(path, kpi, knownCodes);
        checkForecast(path, kpi.forecast());
    }

    private void checkMethod(String path, KpiDefinition kpi) {
        Method method = kpi.method() != null ? kpi.method() : defaultMethod;
        String field = kpi.method() != null ? "method" : "polarity";
        if (kpi.method() != null && !method.belongsTo(scale)) {
            add(path, "method", "'" + method.key() + "' belongs to the other scale; this scorecard uses the "
                    + scale.key() + " scale");
        }
        if (kpi.polarity() == Polarity.RANGE && method != Method.BAND && method != Method.BINARY) {
            add(path, field, "a range KPI is scored by band or binary, not '" + method.key() + "'");
        }
    }

    private void checkBandAndThresholds(String path, KpiDefinition kpi) {
        BandRange band = kpi.band();
        if (band != null && band.low().compareTo(band.high()) > 0) {
            add(path, "band", "band low " + band.low().toPlainString() + " is above high " + band.high().toPlainString());
        }
        if (band != null && band.tolerance() != null && band.tolerance().signum() < 0) {
            add(path, "band.tolerance", "tolerance must not be negative");
        }
        ValueThresholds t = kpi.thresholds();
        if (t != null && kpi.polarity() != Polarity.RANGE) {
            int direction = kpi.polarity() == Polarity.LOWER ? -1 : 1;
            if (!ordered(t.amber(), t.green(), direction) || (t.blue() != null && !ordered(t.green(), t.blue(), direction))) {
                add(path, "thresholds", kpi.polarity() == Polarity.LOWER
                        ? "thresholds of a lower-is-better KPI must descend: amber above green above blue"
                        : "thresholds must ascend: amber below green below blue");
            }
        }
    }

    private static boolean ordered(BigDecimal lower, BigDecimal higher, int direction) {
        return lower.compareTo(higher) * direction < 0;
    }

    private void checkFormula(String path, KpiDefinition kpi, Set<String> knownCodes) {
        if (kpi.targetAggregation() == Aggregation.FORMULA) {
            add(path, "targetAggregation", "targets aggregate by sum, average, last, min or max, not formula");
        }
        if (kpi.formula() == null) {
            if (kpi.aggregation() == Aggregation.FORMULA) {
                add(path, "aggregation", "aggregation 'formula' needs a formula");
            }
            return;
        }
        if (kpi.aggregation() != Aggregation.FORMULA) {
            add(path, "aggregation", "a KPI with a formula aggregates its inputs first; set aggregation 'formula'");
        }
        FormulaParse parse = Formula.parse(kpi.formula());
        if (parse instanceof FormulaError error) {
            add(path, "formula", error.message());
            return;
        }
        Formula formula = (Formula) parse;
        String self = kpi.code().toUpperCase(Locale.ROOT);
        new TreeSet<>(union(formula.references(), formula.laggedReferences())).stream()
                .filter(code -> !code.equals(self) && !knownCodes.contains(code))
                .forEach(code -> add(path, "formula", "unknown KPI code '" + code + "'"));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }

    private void checkForecast(String path, ForecastSettings forecast) {
        if (forecast.alpha() != null && !(forecast.alpha() >= 0 && forecast.alpha() <= 1)) {
            add(path, "forecast.alpha", "alpha must lie between 0 and 1");
        }
        if (forecast.beta() != null && !(forecast.beta() >= 0 && forecast.beta() <= 1)) {
            add(path, "forecast.beta", "beta must lie between 0 and 1");
        }
    }

    private void add(String path, String field, String message) {
        problems.add(new DefinitionProblem(path.isEmpty() ? field : path + "." + field, message));
    }
}
