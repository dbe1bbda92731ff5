package dev.fourfold.evaluation;

import dev.fourfold.kpi.Kpi;
import dev.fourfold.kpi.KpiDefinitions;
import dev.fourfold.kpi.KpiService;
import dev.fourfold.kpi.Target;
import dev.fourfold.kpi.TargetSeries;
import dev.fourfold.kpi.TargetService;
import dev.fourfold.measurement.Actual;
import dev.fourfold.measurement.ActualService;
import dev.fourfold.measurement.ActualState;
import dev.fourfold.scorecard.Objective;
import dev.fourfold.scorecard.ObjectiveService;
import dev.fourfold.scorecard.OrganisationService;
import dev.fourfold.scorecard.Perspective;
import dev.fourfold.scorecard.PerspectiveService;
import dev.fourfold.scorecard.Scorecard;
import dev.fourfold.scorecard.ScorecardService;
import dev.fourfold.scoring.Bands;
import dev.fourfold.scoring.Cap;
import dev.fourfold.scoring.Formula;
import dev.fourfold.scoring.KpiDefinition;
import dev.fourfold.scoring.Method;
import dev.fourfold.scoring.MissingPolicy;
import dev.fourfold.scoring.ObjectiveDefinition;
import dev.fourfold.scoring.PerspectiveDefinition;
import dev.fourfold.scoring.RollupRule;
import dev.fourfold.scoring.Scale;
import dev.fourfold.scoring.ScorecardData;
import dev.fourfold.scoring.ScorecardDefinition;
import dev.fourfold.scoring.ScoringEngine;
import dev.fourfold.shared.Access;
import dev.fourfold.shared.Period;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the scoring engine's model of a stored scorecard from the current definitions and values: active
 * perspectives, objectives and KPIs, explicit targets, and approved actual values only. KPIs of other scorecards
 * that its formulas read come along as the wider organisation, but only from scorecards that every reader of this
 * one may read (see {@link Access#sharedWithReadersOf}); any other input is withheld: neither it nor its values are
 * loaded, and the formula reads it as missing. Every reader therefore sees the same evaluation, and none sees
 * through a formula what they may not read. Each model says which version counters it depends on (see
 * {@link ScorecardVersionRepository}), so that {@link ModelCache} may keep it until one of them changes.
 */
@Service
public class ScorecardModels {

    private final ScorecardService scorecards;
    private final PerspectiveService perspectives;
    private final ObjectiveService objectives;
    private final KpiService kpis;
    private final TargetService targets;
    private final ActualService actuals;
    private final OrganisationService organisation;
    private final ScoringEngine engine;
    private final Access access;
    private final IncludedModels included;
    private final LongAdder compilations = new LongAdder();

    ScorecardModels(ScorecardService scorecards, PerspectiveService perspectives, ObjectiveService objectives,
                    KpiService kpis, TargetService targets, ActualService actuals, OrganisationService organisation,
                    ScoringEngine engine, Access access, IncludedModels included) {
        this.access = access;
        this.included = included;
        this.scorecards = scorecards;
        this.perspectives = perspectives;
        this.objectives = objectives;
        this.kpis = kpis;
        this.targets = targets;
        this.actuals = actuals;
        this.organisation = organisation;
        this.engine = engine;
    }

    /**
     * A compiled model with the version counters it depends on (its scorecard's, the organisation's, and, when its
     * formulas read outside it, the sharing counter and the scorecards read) and its weight: values and targets.
     */
    public record Compiled(StoredScorecard stored, Set<Long> dependsOn, int weight) {
    }

    /** How many models were compiled since start. */
    public long compilations() {
        return compilations.sum();
    }

    /** The compiled model of a scorecard as stored now, not cached (nor are the scorecards it includes). */
    @Transactional(readOnly = true)
    public StoredScorecard load(long scorecardId) {
        return compile(scorecardId, Set.of(), this::uncached).stored();
    }

    private Compiled uncached(long scorecardId, Set<Long> path) {
        return compile(scorecardId, path, this::uncached);
    }

    /**
     * Compiles a scorecard's model, read in one transaction so definitions and values agree; the models of the
     * scorecards it includes come from {@code resolver}, and {@code path} holds the scorecards that include it.
     */
    @Transactional(readOnly = true)
    public Compiled compile(long scorecardId, Set<Long> path, IncludedModels.Resolver resolver) {
        compilations.increment();
        Scorecard sc = scorecards.get(scorecardId);
        List<Perspective> ps = perspectives.listOf(scorecardId);
        List<Objective> os = objectives.activeOfScorecard(scorecardId);
        List<Kpi> own = kpis.activeOfScorecard(scorecardId);
        Map<String, Kpi> byCode = new LinkedHashMap<>();
        own.forEach(k -> byCode.put(upper(k.code()), k));
        Set<String> withheld = new HashSet<>();
        Set<Long> dependsOn = new HashSet<>(List.of(scorecardId, ScorecardVersionRepository.ALL));
        List<Kpi> others = formulaInputsOutside(scorecardId, own, byCode.keySet(), withheld, dependsOn);
        List<Kpi> everything = new ArrayList<>(own);
        everything.addAll(others);

        IncludedModels.Resolved includes = included.resolve(sc, path, resolver, dependsOn);
        ScorecardDefinition definition = definition(sc, ps, os, own, includes);
        Map<String, Set<String>> pending = new HashMap<>();
        Map<String, Map<Period, BigDecimal>> actualValues = approvedActuals(everything, pending);
        Map<TargetSeries, Map<String, Map<Period, BigDecimal>>> plans = explicitTargets(everything);
        Map<String, Map<Period, BigDecimal>> targetValues = plans.get(TargetSeries.TARGET);
        ScorecardData data = new ScorecardData(actualValues, targetValues, plans.get(TargetSeries.BUDGET),
                plans.get(TargetSeries.STRETCH), others.stream().map(KpiDefinitions::of).toList(), withheld);
        Map<String, Objective> objectiveByCode = os.stream()
                .collect(Collectors.toMap(o -> upper(o.code()), o -> o, (a, b) -> a, LinkedHashMap::new));
        StoredScorecard stored = new StoredScorecard(sc, ps, objectiveByCode, byCode,
                includes.including(engine.compile(definition, data)), pending, includes.rows());
        int weight = everything.size() + size(actualValues) + size(targetValues) + size(plans.get(TargetSeries.BUDGET))
                + size(plans.get(TargetSeries.STRETCH))
                + pending.values().stream().mapToInt(Set::size).sum();
        return new Compiled(stored, Set.copyOf(dependsOn), weight);
    }

    private static int size(Map<String, Map<Period, BigDecimal>> values) {
        return values.values().stream().mapToInt(Map::size).sum();
    }

    /**
     * KPIs on other scorecards that this scorecard's formulas read, directly or through other formulas. Every KPI
     * reached must lie on a scorecard shared with all readers of this one; the codes of the others go to
     * {@code withheld}, and their own formulas are not followed. The scorecards read, and the sharing counter when
     * anything outside is referenced (found or not), go to {@code dependsOn}.
     */
    private List<Kpi> formulaInputsOutside(long scorecardId, List<Kpi> own, Set<String> ownCodes, Set<String> withheld,
                                           Set<Long> dependsOn) {
        List<Kpi> found = new ArrayList<>();
        Set<String> seen = new HashSet<>(ownCodes);
        Set<Long> shared = null;
        List<Kpi> frontier = own;
        while (!frontier.isEmpty()) {
            Set<String> wanted = new HashSet<>();
            for (Kpi k : frontier) {
                if (k.isFormula() && Formula.parse(k.formula()) instanceof Formula f) {
                    f.references().forEach(c -> wanted.add(upper(c)));
                    f.laggedReferences().forEach(c -> wanted.add(upper(c)));
                }
            }
            wanted.removeAll(seen);
            seen.addAll(wanted);
            if (!wanted.isEmpty()) {
                dependsOn.add(ScorecardVersionRepository.SHARING);
            }
            List<Kpi> reached = wanted.isEmpty() ? List.of() : kpis.findByCodes(wanted);
            if (!reached.isEmpty() && shared == null) {
                shared = access.sharedWithReadersOf(scorecardId);
            }
            Set<Long> readableByAll = shared;
            Map<Boolean, List<Kpi>> byShared = reached.stream()
                    .collect(Collectors.partitioningBy(k -> readableByAll.contains(k.scorecardId())));
            byShared.get(false).forEach(k -> withheld.add(upper(k.code())));
            frontier = byShared.get(true);
            frontier.forEach(k -> dependsOn.add(k.scorecardId()));
            found.addAll(frontier);
        }
        return found;
    }

    private ScorecardDefinition definition(Scorecard sc, List<Perspective> ps, List<Objective> os, List<Kpi> own,
                                           IncludedModels.Resolved includes) {
        Scale scale = Scale.fromKey(organisation.get().scale());
        Map<Long, List<KpiDefinition>> kpisByObjective = new HashMap<>();
        own.forEach(k -> kpisByObjective.computeIfAbsent(k.objectiveId(), id -> new ArrayList<>()).add(KpiDefinitions.of(k)));
        List<PerspectiveDefinition> perspectiveDefinitions = new ArrayList<>();
        for (Perspective p : ps) {
            List<ObjectiveDefinition> objectiveDefinitions = os.stream().filter(o -> o.perspectiveId() == p.id())
                    .map(o -> new ObjectiveDefinition(o.code(), o.weight(), RollupRule.fromKey(o.rollup()),
                            kpisByObjective.getOrDefault(o.id(), List.of()), includes.of(o.id(), true)))
                    .toList();
            perspectiveDefinitions.add(new PerspectiveDefinition(p.name(), p.weight(), RollupRule.fromKey(p.rollup()),
                    objectiveDefinitions, includes.of(p.id(), false)));
        }
        Bands bands = sc.bandAmber() == null ? Bands.defaults(scale) : Bands.of(sc.bandAmber(), sc.bandGreen(), sc.bandBlue());
        Cap cap = sc.capLow() == null ? null : new Cap(sc.capLow().doubleValue(), sc.capHigh().doubleValue());
        return new ScorecardDefinition(sc.name(), organisation.get().fiscalYearStart(), scale, Method.fromKey(sc.method()),
                bands, cap, MissingPolicy.fromKey(sc.missing()), RollupRule.fromKey(sc.rollup()), perspectiveDefinitions);
    }

    /** The approved values, which alone count; the periods of pending values go to {@code pending}. */
    private Map<String, Map<Period, BigDecimal>> approvedActuals(List<Kpi> all, Map<String, Set<String>> pending) {
        Map<Long, String> codes = all.stream().collect(Collectors.toMap(Kpi::id, Kpi::code));
        Map<String, Map<Period, BigDecimal>> out = new HashMap<>();
        for (Actual a : actuals.allOf(codes.keySet())) {
            if (a.state() == ActualState.APPROVED) {
                out.computeIfAbsent(codes.get(a.kpiId()), c -> new HashMap<>()).put(Period.parse(a.period()), a.value());
            } else if (a.state() == ActualState.PENDING) {
                pending.computeIfAbsent(upper(codes.get(a.kpiId())), c -> new HashSet<>()).add(a.period());
            }
        }
        return out;
    }

    /** The explicit targets, budgets and stretch targets, by series, KPI code and period. */
    private Map<TargetSeries, Map<String, Map<Period, BigDecimal>>> explicitTargets(List<Kpi> all) {
        Map<TargetSeries, Map<String, Map<Period, BigDecimal>>> out = new EnumMap<>(TargetSeries.class);
        for (TargetSeries series : TargetSeries.values()) {
            out.put(series, new HashMap<>());
        }
        for (Target t : targets.allOf(all.stream().map(Kpi::id).toList())) {
            out.get(TargetSeries.of(t.series())).computeIfAbsent(t.kpiCode(), c -> new HashMap<>())
                    .put(Period.parse(t.period()), t.value());
        }
        return out;
    }

    private static String upper(String code) {
        return code.toUpperCase(Locale.ROOT);
    }
}
