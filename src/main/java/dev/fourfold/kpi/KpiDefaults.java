package dev.fourfold.kpi;

import dev.fourfold.scoring.Aggregation;
import dev.fourfold.scoring.ForecastMethod;
import dev.fourfold.scoring.Method;
import dev.fourfold.scoring.MissingInputs;
import dev.fourfold.scoring.Polarity;
import dev.fourfold.scoring.Vocabulary;
import dev.fourfold.shared.Decimals;
import dev.fourfold.shared.FieldProblem;
import dev.fourfold.shared.Frequency;
import dev.fourfold.shared.Names;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The defaults of a KPI and the checks of its own fields, in one place: whatever supplies a draft (the API, a
 * scorecard file, the demo) gets the same KPI from it. Checks that need other data (the objective, other KPIs'
 * codes and formulas, the organisation's scale) are {@link KpiRules}'.
 */
final class KpiDefaults {

    static final Polarity POLARITY = Polarity.HIGHER;
    static final Frequency FREQUENCY = Frequency.MONTHLY;
    /** The aggregation of an entered KPI; a calculated one aggregates as {@code formula}. */
    static final Aggregation AGGREGATION = Aggregation.SUM;
    static final MissingInputs MISSING_INPUTS = MissingInputs.BLANK;
    static final Aggregation TARGET_AGGREGATION = Aggregation.AVERAGE;
    static final BigDecimal WEIGHT = BigDecimal.ONE;
    /** A value is due ten days after its period ends (docs/scoring-rules.md). */
    static final int GRACE_DAYS = 10;
    static final int MAX_GRACE_DAYS = 366;

    private KpiDefaults() {
    }

    /** The complete KPI, or null after adding a problem for every field that is out of range or not a known key. */
    static @Nullable Kpi complete(KpiDraft d, List<FieldProblem> problems) {
        int before = problems.size();
        String code = d.code() == null ? null : d.code().strip();
        String name = d.name() == null ? null : d.name().strip();
        String description = Names.clean(d.description());
        String unit = Names.clean(d.unit());
        String owner = Names.clean(d.owner());
        String formula = Names.clean(d.formula());
        Names.requireCode(problems, "code", code);
        Names.require(problems, "name", name, 200);
        Names.limit(problems, "description", description, 4000);
        Names.limit(problems, "unit", unit, 40);
        Names.limit(problems, "owner", owner, 200);
        Names.limit(problems, "formula", formula, 2000);
        Vocabularies keys = vocabularies(problems, d, formula);
        BigDecimal weight = d.weight() == null ? WEIGHT : d.weight();
        Vocabulary.checkWeight(problems, "weight", weight);
        Indicator lead = key(problems, "lead", d.lead(), null, Indicator::fromKey);
        int graceDays = d.graceDays() == null ? GRACE_DAYS : d.graceDays();
        if (graceDays < 0 || graceDays > MAX_GRACE_DAYS) {
            problems.add(new FieldProblem("graceDays", "must be between 0 and 366 days, was " + graceDays));
        }
        checkNumbers(problems, d);
        if (problems.size() > before) {
            return null;
        }
        ScoringParameters scoring = new ScoringParameters(keys.polarity(), keys.method(), weight, d.baseline(),
                d.min(), d.max(), d.redFlag(), d.band(), d.thresholds(), d.target(), d.benchmark());
        CollectionSettings collection = new CollectionSettings(keys.frequency(), keys.aggregation(), formula,
                keys.missingInputs(), keys.targetAggregation(), owner, graceDays);
        return new Kpi(0, d.objectiveId() == null ? 0 : d.objectiveId(), 0, code, name, description, unit, lead,
                d.position() == null ? 0 : d.position(), scoring, collection, keys.forecast(), false,
                d.version() == null ? 0 : d.version());
    }

    /** The draft's keys in the order their problems are reported; a null stands for a key with a problem. */
    private record Vocabularies(Polarity polarity, Frequency frequency, Aggregation aggregation, Method method,
                                MissingInputs missingInputs, Aggregation targetAggregation, Kpi.Forecast forecast) {
    }

    private static Vocabularies vocabularies(List<FieldProblem> problems, KpiDraft d, String formula) {
        Polarity polarity = key(problems, "polarity", d.polarity(), POLARITY, Polarity::fromKey);
        Frequency frequency = key(problems, "frequency", d.frequency(), FREQUENCY, Frequency::fromKey);
        Aggregation aggregation = key(problems, "aggregation", d.aggregation(),
                formula == null ? AGGREGATION : Aggregation.FORMULA, Aggregation::fromKey);
        Method method = key(problems, "method", d.method(), null, Method::fromKey);
        MissingInputs missingInputs = key(problems, "missingInputs", d.missingInputs(), MISSING_INPUTS,
                MissingInputs::fromKey);
        Aggregation targetAggregation = key(problems, "targetAggregation", d.targetAggregation(), TARGET_AGGREGATION,
                Aggregation::fromKey);
        return new Vocabularies(polarity, frequency, aggregation, method, missingInputs, targetAggregation,
                forecast(problems, d.forecast()));
    }

    /** Auto without settings; Holt when only alpha or beta is given. */
    private static Kpi.@Nullable Forecast forecast(List<FieldProblem> problems, KpiDraft.@Nullable Forecast f) {
        if (f == null) {
            return Kpi.Forecast.AUTO;
        }
        ForecastMethod fallback = f.alpha() != null || f.beta() != null ? ForecastMethod.HOLT : ForecastMethod.AUTO;
        ForecastMethod method = key(problems, "forecast.method", f.method(), fallback, ForecastMethod::fromKey);
        return method == null ? null : new Kpi.Forecast(method, f.alpha(), f.beta());
    }

    /** The value of a key, {@code fallback} when it is blank, or null after adding the parser's message. */
    private static <T> @Nullable T key(List<FieldProblem> problems, String field, @Nullable String key,
                                       @Nullable T fallback, Function<String, T> parser) {
        if (key == null || key.isBlank()) {
            return fallback;
        }
        try {
            return parser.apply(key.strip());
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(field, e.getMessage()));
            return null;
        }
    }

    private static void checkNumbers(List<FieldProblem> problems, KpiDraft k) {
        Map<String, BigDecimal> numbers = new HashMap<>();
        numbers.put("baseline", k.baseline());
        numbers.put("min", k.min());
        numbers.put("max", k.max());
        numbers.put("redFlag", k.redFlag());
        numbers.put("target", k.target());
        numbers.put("benchmark", k.benchmark());
        if (k.band() != null) {
            numbers.put("band.low", k.band().low());
            numbers.put("band.high", k.band().high());
            numbers.put("band.tolerance", k.band().tolerance());
            if (k.band().low() == null || k.band().high() == null) {
                problems.add(new FieldProblem("band", "needs low and high"));
            }
        }
        if (k.thresholds() != null) {
            numbers.put("thresholds.amber", k.thresholds().amber());
            numbers.put("thresholds.green", k.thresholds().green());
            numbers.put("thresholds.blue", k.thresholds().blue());
            if (k.thresholds().amber() == null || k.thresholds().green() == null) {
                problems.add(new FieldProblem("thresholds", "need amber and green (blue is optional)"));
            }
        }
        numbers.forEach((field, value) -> Decimals.check(problems, field, value));
        if (k.forecast() != null) {
            checkUnitInterval(problems, "forecast.alpha", k.forecast().alpha());
            checkUnitInterval(problems, "forecast.beta", k.forecast().beta());
        }
        if (k.min() != null && k.max() != null && k.min().compareTo(k.max()) >= 0) {
            problems.add(new FieldProblem("max", "must be above min (" + k.min().toPlainString() + ")"));
        }
    }

    private static void checkUnitInterval(List<FieldProblem> problems, String field, BigDecimal value) {
        if (value != null && (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0)) {
            problems.add(new FieldProblem(field, "must be between 0 and 1, was " + value.toPlainString()));
        }
    }
}
