package dev.fourfold.kpi;

import dev.fourfold.shared.Visibility;
import dev.fourfold.shared.Names;
import dev.fourfold.scorecard.Objective;
import dev.fourfold.scorecard.ObjectiveService;
import dev.fourfold.scorecard.OrganisationService;
import dev.fourfold.scorecard.Scorecard;
import dev.fourfold.scorecard.ScorecardService;
import dev.fourfold.scoring.Vocabulary;
import dev.fourfold.scoring.Aggregation;
import dev.fourfold.scoring.DefinitionValidator;
import dev.fourfold.scoring.ForecastMethod;
import dev.fourfold.scoring.Formula;
import dev.fourfold.scoring.FormulaError;
import dev.fourfold.scoring.FormulaParse;
import dev.fourfold.scoring.Method;
import dev.fourfold.scoring.MissingInputs;
import dev.fourfold.scoring.Polarity;
import dev.fourfold.scoring.Scale;
import dev.fourfold.shared.Access;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.Decimals;
import dev.fourfold.shared.FieldProblem;
import dev.fourfold.shared.Frequency;
import dev.fourfold.shared.InvalidInputException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Checks a KPI before it is saved: field by field first (every problem names its field), then the scoring rules of
 * the engine (method of the right scale, range polarity with band or binary, formula syntax, unknown codes and
 * cycles through the formula graph of the whole organisation). What the author may not read is answered as if it
 * did not exist: an objective of a hidden scorecard, a formula input on one; a code held by a hidden KPI is "in use"
 * without saying by what.
 */
@Component
class KpiRules {

    private static final List<String> LEAD_LAG = List.of("lead", "lag");

    private final JdbcClient jdbc;
    private final ObjectiveService objectives;
    private final ScorecardService scorecards;
    private final OrganisationService organisation;
    private final Access access;

    KpiRules(JdbcClient jdbc, ObjectiveService objectives, ScorecardService scorecards, OrganisationService organisation,
             Access access) {
        this.access = access;
        this.jdbc = jdbc;
        this.objectives = objectives;
        this.scorecards = scorecards;
        this.organisation = organisation;
    }

    /** Returns the KPI with defaults applied and its scorecard taken from its objective, as {@code author} sees it. */
    Kpi checked(Long id, Kpi k, Actor author) {
        List<FieldProblem> problems = new ArrayList<>();
        Visibility readable = access.readableScorecards(author);
        Objective objective = objectives.find(k.objectiveId()).filter(o -> readable(readable, o.scorecardId())).orElse(null);
        if (objective == null) {
            problems.add(new FieldProblem("objectiveId", "there is no objective with id " + k.objectiveId()));
        } else if (objective.retired()) {
            problems.add(new FieldProblem("objectiveId", "objective " + objective.code() + " is retired; restore it or choose another"));
        }
        Kpi d = withDefaults(k, objective);
        checkFields(problems, id, d, readable);
        if (problems.isEmpty() && objective != null) {
            checkScoringRules(problems, id, d, scorecards.get(objective.scorecardId()), readable);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return d;
    }

    private static Kpi withDefaults(Kpi k, Objective objective) {
        String formula = Names.clean(k.formula());
        return new Kpi(k.id(), k.objectiveId(), objective == null ? 0 : objective.scorecardId(),
                k.code() == null ? null : k.code().strip(), k.name() == null ? null : k.name().strip(),
                Names.clean(k.description()), Names.clean(k.unit()), or(k.polarity(), "higher"), or(k.frequency(), "monthly"),
                or(k.aggregation(), formula == null ? "sum" : "formula"), Names.clean(k.method()),
                k.weight() == null ? BigDecimal.ONE : k.weight(), k.position(), k.baseline(), k.min(), k.max(), k.redFlag(),
                k.band(), k.thresholds(), formula, or(k.missingInputs(), "blank"), or(k.targetAggregation(), "average"),
                k.target(), Names.clean(k.owner()), Names.clean(k.lead()), k.benchmark(), k.graceDays(),
                k.forecast() == null ? Kpi.Forecast.AUTO : new Kpi.Forecast(or(k.forecast().method(),
                        k.forecast().alpha() != null || k.forecast().beta() != null ? "holt" : "auto"),
                        k.forecast().alpha(), k.forecast().beta()),
                k.retired(), k.version());
    }

    private static String or(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    private static boolean readable(Visibility readable, long scorecardId) {
        return readable.allows(scorecardId);
    }

    private void checkFields(List<FieldProblem> problems, Long id, Kpi k, Visibility readable) {
        Names.requireCode(problems, "code", k.code());
        Names.require(problems, "name", k.name(), 200);
        Names.limit(problems, "description", k.description(), 4000);
        Names.limit(problems, "unit", k.unit(), 40);
        Names.limit(problems, "owner", k.owner(), 200);
        Names.limit(problems, "formula", k.formula(), 2000);
        Vocabulary.check(problems, "polarity", k.polarity(), Polarity::fromKey);
        Vocabulary.check(problems, "frequency", k.frequency(), Frequency::fromKey);
        Vocabulary.check(problems, "aggregation", k.aggregation(), Aggregation::fromKey);
        Vocabulary.check(problems, "method", k.method(), Method::fromKey);
        Vocabulary.check(problems, "missingInputs", k.missingInputs(), MissingInputs::fromKey);
        Vocabulary.check(problems, "targetAggregation", k.targetAggregation(), Aggregation::fromKey);
        Vocabulary.check(problems, "forecast.method", k.forecast().method(), ForecastMethod::fromKey);
        Vocabulary.checkWeight(problems, "weight", k.weight());
        if (k.lead() != null && !LEAD_LAG.contains(k.lead())) {
            problems.add(new FieldProblem("lead", "must be 'lead' or 'lag', was '" + k.lead() + "'"));
        }
        if (k.graceDays() < 0 || k.graceDays() > 366) {
            problems.add(new FieldProblem("graceDays", "must be between 0 and 366 days, was " + k.graceDays()));
        }
        checkDecimals(problems, k);
        checkUniqueCode(problems, id, k.code(), readable);
    }

    private static void checkDecimals(List<FieldProblem> problems, Kpi k) {
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
        checkUnitInterval(problems, "forecast.alpha", k.forecast().alpha());
        checkUnitInterval(problems, "forecast.beta", k.forecast().beta());
        if (k.min() != null && k.max() != null && k.min().compareTo(k.max()) >= 0) {
            problems.add(new FieldProblem("max", "must be above min (" + k.min().toPlainString() + ")"));
        }
    }

    private static void checkUnitInterval(List<FieldProblem> problems, String field, BigDecimal value) {
        if (value != null && (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0)) {
            problems.add(new FieldProblem(field, "must be between 0 and 1, was " + value.toPlainString()));
        }
    }

    private void checkUniqueCode(List<FieldProblem> problems, Long id, String code, Visibility readable) {
        if (code == null || !Names.CODE.matcher(code).matches()) {
            return;
        }
        jdbc.sql("select id, scorecard_id, retired from kpi where code_key = :key").param("key", Names.key(code))
                .query((rs, n) -> new long[] {rs.getLong("id"), rs.getLong("scorecard_id"), rs.getBoolean("retired") ? 1 : 0})
                .optional()
                .filter(other -> id == null || other[0] != id)
                .ifPresent(other -> problems.add(new FieldProblem("code", "KPI code '" + code + "' is "
                        + (readable(readable, other[1]) ? "taken by KPI " + other[0] + (other[2] == 1 ? " (retired)" : "")
                        : "already in use") + "; codes are unique in the organisation, ignoring case")));
    }

    private void checkScoringRules(List<FieldProblem> problems, Long id, Kpi k, Scorecard scorecard, Visibility readable) {
        if (k.formula() != null) {
            FormulaParse parsed = Formula.parse(k.formula());
            if (parsed instanceof FormulaError error) {
                problems.add(new FieldProblem("formula", error.message()));
                return;
            }
        }
        Scale scale = Scale.fromKey(organisation.get().scale());
        Method defaultMethod = Method.fromKey(scorecard.method());
        Set<String> hidden = new HashSet<>();
        Map<String, Collection<String>> all = otherKpis(id, readable, hidden);
        Map<String, Collection<String>> visible = new HashMap<>(all);
        visible.keySet().removeIf(code -> hidden.contains(upper(code)));
        int before = problems.size();
        // Codes the author may not read are unknown to the formula, exactly like codes that do not exist.
        DefinitionValidator.validateKpi(KpiDefinitions.of(k), scale, defaultMethod, visible).forEach(p ->
                problems.add(new FieldProblem(p.path().isEmpty() ? "definition" : p.path(), p.message())));
        if (problems.size() == before && k.formula() != null && !hidden.isEmpty()) {
            checkCycleThroughHidden(problems, k, all, hidden);
        }
    }

    /** A cycle through KPIs the author cannot read is refused too, naming only the KPIs they can read. */
    private static void checkCycleThroughHidden(List<FieldProblem> problems, Kpi k, Map<String, Collection<String>> all,
                                                Set<String> hidden) {
        Map<String, Collection<String>> graph = new HashMap<>();
        all.forEach((code, refs) -> graph.put(upper(code), refs));
        String self = upper(k.code());
        graph.put(self, ((Formula) Formula.parse(k.formula())).references());
        Formula.findCycle(graph).filter(cycle -> cycle.contains(self)).ifPresent(cycle -> problems.add(new FieldProblem(
                "formula", "formula cycle: " + Formula.describeCycle(cycle.stream()
                        .map(code -> hidden.contains(code) ? "(a KPI you cannot read)" : code).toList()))));
    }

    /**
     * Every other active KPI code with the codes its formula reads in the same period; codes of KPIs on scorecards
     * outside {@code readable} go to {@code hidden} in upper case.
     */
    private Map<String, Collection<String>> otherKpis(Long id, Visibility readable, Set<String> hidden) {
        Map<String, Collection<String>> refs = new HashMap<>();
        jdbc.sql("select id, scorecard_id, code, formula from kpi where retired = false").query(rs -> {
            if (id == null || rs.getLong("id") != id) {
                String formula = rs.getString("formula");
                Set<String> reads = formula == null ? Set.of()
                        : Formula.parse(formula) instanceof Formula f ? f.references() : Set.of();
                refs.put(rs.getString("code"), reads);
                if (!readable(readable, rs.getLong("scorecard_id"))) {
                    hidden.add(upper(rs.getString("code")));
                }
            }
        });
        return refs;
    }

    private static String upper(String code) {
        return code.toUpperCase(java.util.Locale.ROOT);
    }
}
