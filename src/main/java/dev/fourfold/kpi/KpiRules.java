package dev.fourfold.kpi;

import dev.fourfold.scorecard.Objective;
import dev.fourfold.scorecard.ObjectiveService;
import dev.fourfold.scorecard.OrganisationService;
import dev.fourfold.scorecard.Scorecard;
import dev.fourfold.scorecard.ScorecardService;
import dev.fourfold.scoring.DefinitionValidator;
import dev.fourfold.scoring.Formula;
import dev.fourfold.scoring.FormulaError;
import dev.fourfold.scoring.FormulaParse;
import dev.fourfold.scoring.Method;
import dev.fourfold.scoring.Scale;
import dev.fourfold.shared.Access;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.FieldProblem;
import dev.fourfold.shared.InvalidInputException;
import dev.fourfold.shared.Names;
import dev.fourfold.shared.Visibility;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Checks a KPI before it is saved, beyond its own fields (which {@link KpiDraft#complete()} checks): its objective,
 * its code against every other KPI's, then the scoring rules of the engine (method of the right scale, range polarity
 * with band or binary, formula syntax, unknown codes and cycles through the formula graph of the whole organisation).
 * What the author may not read is answered as if it did not exist: an objective of a hidden scorecard, a formula
 * input on one; a code held by a hidden KPI is "in use" without saying by what.
 */
@Component
class KpiRules {

    private final KpiRepository kpis;
    private final ObjectiveService objectives;
    private final ScorecardService scorecards;
    private final OrganisationService organisation;
    private final Access access;

    KpiRules(KpiRepository kpis, ObjectiveService objectives, ScorecardService scorecards,
             OrganisationService organisation, Access access) {
        this.access = access;
        this.kpis = kpis;
        this.objectives = objectives;
        this.scorecards = scorecards;
        this.organisation = organisation;
    }

    /** The draft completed with its defaults, its scorecard taken from its objective, as {@code author} sees it. */
    Kpi checked(Long id, KpiDraft draft, Actor author) {
        return checked(id, draft, lookups(author));
    }

    /** As {@link #checked(Long, KpiDraft, Actor)}, with the reads it repeats for every KPI kept in {@code lookups}. */
    Kpi checked(Long id, KpiDraft draft, KpiLookups lookups) {
        List<FieldProblem> problems = new ArrayList<>();
        Visibility readable = lookups.readable();
        Objective objective = objective(problems, lookups.objective(draft.objectiveId() == null ? 0 : draft.objectiveId())
                .orElse(null), draft.objectiveId() == null ? 0 : draft.objectiveId(), readable);
        Kpi k = draft.complete(problems);
        checkUniqueCode(problems, id, draft.code() == null ? null : draft.code().strip(), readable);
        return checked(problems, id, k, objective, readable, lookups);
    }

    /** Fresh lookups for checking KPIs of {@code author}. */
    KpiLookups lookups(Actor author) {
        return new KpiLookups(objectives, scorecards, access, author);
    }

    /** Checks that a stored KPI may come back: its objective is active, its code free and its formula still valid. */
    void checkRestorable(long id, Kpi k, Actor author) {
        List<FieldProblem> problems = new ArrayList<>();
        Visibility readable = access.readableScorecards(author);
        Objective objective = objective(problems, objectives.find(k.objectiveId()).orElse(null), k.objectiveId(), readable);
        checkUniqueCode(problems, id, k.code(), readable);
        checked(problems, id, k, objective, readable, lookups(author));
    }

    private Kpi checked(List<FieldProblem> problems, Long id, Kpi k, Objective objective, Visibility readable,
                        KpiLookups lookups) {
        Kpi placed = k == null || objective == null ? k : k.withScorecard(objective.scorecardId());
        if (problems.isEmpty() && placed != null && objective != null) {
            checkScoringRules(problems, id, placed, lookups.scorecard(objective.scorecardId()), readable);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return placed;
    }

    private Objective objective(List<FieldProblem> problems, Objective found, long objectiveId, Visibility readable) {
        Objective objective = found != null && readable.allows(found.scorecardId()) ? found : null;
        if (objective == null) {
            problems.add(new FieldProblem("objectiveId", "there is no objective with id " + objectiveId));
        } else if (objective.retired()) {
            problems.add(new FieldProblem("objectiveId", "objective " + objective.code()
                    + " is retired; restore it or choose another"));
        }
        return objective;
    }

    private void checkUniqueCode(List<FieldProblem> problems, Long id, String code, Visibility readable) {
        if (code == null || !Names.CODE.matcher(code).matches()) {
            return;
        }
        kpis.codeHolder(code).filter(other -> id == null || other.id() != id)
                .ifPresent(other -> problems.add(new FieldProblem("code", "KPI code '" + code + "' is "
                        + (readable.allows(other.scorecardId()) ? "taken by KPI " + other.id()
                        + (other.retired() ? " (retired)" : "") : "already in use")
                        + "; codes are unique in the organisation, ignoring case")));
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
        // without a formula a KPI reads no other and so closes no cycle: the organisation's formula graph is not needed
        Map<String, Collection<String>> all = k.formula() == null ? Map.of() : otherKpis(id, readable, hidden);
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
        for (KpiRepository.ActiveCode other : kpis.activeCodes()) {
            if (id == null || other.id() != id) {
                Set<String> reads = other.formula() == null ? Set.of()
                        : Formula.parse(other.formula()) instanceof Formula f ? f.references() : Set.of();
                refs.put(other.code(), reads);
                if (!readable.allows(other.scorecardId())) {
                    hidden.add(upper(other.code()));
                }
            }
        }
        return refs;
    }

    private static String upper(String code) {
        return code.toUpperCase(java.util.Locale.ROOT);
    }
}
