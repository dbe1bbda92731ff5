package dev.fourfold.importing;

import dev.fourfold.kpi.CollectionSettings;
import dev.fourfold.kpi.Kpi;
import dev.fourfold.kpi.KpiService;
import dev.fourfold.kpi.ScoringParameters;
import dev.fourfold.kpi.TargetSeries;
import dev.fourfold.kpi.TargetService;
import dev.fourfold.measurement.ActualService;
import dev.fourfold.scorecard.IncludeService;
import dev.fourfold.scorecard.Objective;
import dev.fourfold.scorecard.ObjectiveService;
import dev.fourfold.scorecard.OrgUnit;
import dev.fourfold.scorecard.Organisation;
import dev.fourfold.scorecard.OrganisationService;
import dev.fourfold.scorecard.Perspective;
import dev.fourfold.scorecard.PerspectiveService;
import dev.fourfold.scorecard.Scorecard;
import dev.fourfold.scorecard.ScorecardInclude;
import dev.fourfold.scorecard.ScorecardService;
import dev.fourfold.scorecard.UnitService;
import dev.fourfold.scoring.BandRange;
import dev.fourfold.scoring.ForecastMethod;
import dev.fourfold.scoring.Method;
import dev.fourfold.scoring.MissingPolicy;
import dev.fourfold.scoring.RollupRule;
import dev.fourfold.scoring.Scale;
import dev.fourfold.scoring.ValueThresholds;
import dev.fourfold.shared.Access;
import dev.fourfold.shared.Period;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * Builds the scorecard file of a stored scorecard: its current (not retired) structure, targets and approved values,
 * and the inclusions of child units' scorecards by unit. Like the evaluation, the export leaves out an inclusion of
 * a scorecard that not every reader of this scorecard may read, so that no reader learns of it through the file.
 */
@Component
public class ScorecardExport {

    private final OrganisationService organisation;
    private final UnitService units;
    private final ScorecardService scorecards;
    private final PerspectiveService perspectives;
    private final ObjectiveService objectives;
    private final KpiService kpis;
    private final TargetService targets;
    private final ActualService actuals;
    private final IncludeService includes;
    private final Access access;

    ScorecardExport(OrganisationService organisation, UnitService units, ScorecardService scorecards,
                    PerspectiveService perspectives, ObjectiveService objectives, KpiService kpis,
                    TargetService targets, ActualService actuals, IncludeService includes, Access access) {
        this.includes = includes;
        this.access = access;
        this.organisation = organisation;
        this.units = units;
        this.scorecards = scorecards;
        this.perspectives = perspectives;
        this.objectives = objectives;
        this.kpis = kpis;
        this.targets = targets;
        this.actuals = actuals;
    }

    /** A scorecard file's text and a file name for it. */
    public record Exported(String fileName, String text) {
    }

    Exported export(long scorecardId) {
        Scorecard s = scorecards.get(scorecardId);
        OrgUnit unit = units.get(s.unitId());
        Organisation org = organisation.get();
        List<Objective> active = objectives.activeOfScorecard(scorecardId);
        Map<Long, String> codes = new HashMap<>();
        active.forEach(o -> codes.put(o.id(), o.code()));
        List<Kpi> allKpis = kpis.activeOfScorecard(scorecardId);
        Map<Long, Map<Period, BigDecimal>> approved = new HashMap<>();
        actuals.allOf(allKpis.stream().map(Kpi::id).toList()).stream().filter(a -> a.state().counts())
                .forEach(a -> approved.computeIfAbsent(a.kpiId(), id -> new TreeMap<>()).put(Period.parse(a.period()), a.value()));
        List<ScorecardInclude> shared = shared(scorecardId);
        List<PerspectiveSection> sections = perspectives.listOf(scorecardId).stream()
                .sorted(Comparator.comparingInt(Perspective::position).thenComparingLong(Perspective::id))
                .map(p -> new PerspectiveSection(p.name(), p.weight(), RollupRule.fromKey(p.rollup()), active.stream()
                        .filter(o -> o.perspectiveId() == p.id())
                        .sorted(Comparator.comparingInt(Objective::position).thenComparingLong(Objective::id))
                        .map(o -> objective(o, codes, allKpis, approved)
                                .withIncludes(includesOf(shared, null, o.id()))).toList(),
                        includesOf(shared, p.name(), p.id())))
                .toList();
        ScorecardSection header = new ScorecardSection(s.name(), unit.name(),
                unit.parentId() == null ? null : units.get(unit.parentId()).name(), s.vision(), org.fiscalYearStart(),
                Scale.fromKey(org.scale()), s.method() == null ? null : Method.fromKey(s.method()),
                s.bandAmber() == null || s.bandGreen() == null ? null
                        : new ScorecardSection.Bands(s.bandAmber(), s.bandGreen(), s.bandBlue()),
                s.capLow() == null || s.capHigh() == null ? null : new ScorecardSection.Cap(s.capLow(), s.capHigh()),
                s.missing() == null ? null : MissingPolicy.fromKey(s.missing()),
                s.rollup() == null ? null : RollupRule.fromKey(s.rollup()));
        String text = ScorecardFileWriter.write(new ScorecardFile(ScorecardFile.VERSION, header, sections));
        return new Exported(fileName(s.name()), text);
    }

    /** The scorecard's inclusions that every reader of it may read; the others are withheld, as in its evaluation. */
    private List<ScorecardInclude> shared(long scorecardId) {
        List<ScorecardInclude> all = includes.ofScorecard(scorecardId);
        if (all.isEmpty()) {
            return all;
        }
        Set<Long> readable = access.sharedWithReadersOf(scorecardId);
        return all.stream().filter(i -> readable.contains(i.childScorecardId())).toList();
    }

    /**
     * The inclusions of a perspective (named {@code perspective}) or, with {@code perspective} null, of an objective:
     * by unit, the child perspective only where it is not the including perspective's name, the weight where not 1.
     */
    private static List<IncludeSection> includesOf(List<ScorecardInclude> shared, String perspective, long ownerId) {
        return shared.stream().filter(i -> Objects.equals(perspective == null ? i.objectiveId() : i.perspectiveId(), ownerId))
                .map(i -> new IncludeSection(i.childUnit(), null,
                        i.childPerspective() == null || i.childPerspective().equals(perspective) ? null : i.childPerspective(),
                        i.weight().compareTo(BigDecimal.ONE) == 0 ? null : i.weight(), ""))
                .toList();
    }

    private ObjectiveSection objective(Objective o, Map<Long, String> codes, List<Kpi> allKpis,
                                       Map<Long, Map<Period, BigDecimal>> approved) {
        List<String> drivenBy = o.drivenBy().stream().map(codes::get).filter(Objects::nonNull).sorted().toList();
        String alignedTo = o.alignedToId() == null ? null
                : objectives.find(o.alignedToId()).map(Objective::code).orElse(null);
        return new ObjectiveSection(o.code(), o.name(), o.description(), o.owner(), o.weight(), drivenBy, alignedTo,
                RollupRule.fromKey(o.rollup()), allKpis.stream().filter(k -> k.objectiveId() == o.id())
                .sorted(Comparator.comparingInt(Kpi::position).thenComparingLong(Kpi::id))
                .map(k -> kpi(k, approved.getOrDefault(k.id(), Map.of()))).toList());
    }

    private KpiSection kpi(Kpi k, Map<Period, BigDecimal> values) {
        Map<TargetSeries, Map<Period, BigDecimal>> plans = new EnumMap<>(TargetSeries.class);
        targets.allOf(k.id()).forEach(t -> plans.computeIfAbsent(TargetSeries.of(t.series()), s -> new TreeMap<>())
                .put(Period.parse(t.period()), t.value()));
        Map<Period, BigDecimal> byPeriod = plans.getOrDefault(TargetSeries.TARGET, Map.of());
        ScoringParameters s = k.scoring();
        CollectionSettings c = k.collection();
        return new KpiSection(k.code(), k.name(), k.description(), c.owner(), k.unit(), s.polarity(), c.frequency(),
                c.aggregation(), c.formula(), k.isFormula() ? c.missingInputs() : null,
                k.isFormula() ? c.targetAggregation() : null, s.weight(), s.method(), s.baseline(), s.min(), s.max(),
                s.redFlag(), s.band() == null ? null : new BandRange(s.band().low(), s.band().high(), s.band().tolerance()),
                s.thresholds() == null ? null
                        : new ValueThresholds(s.thresholds().amber(), s.thresholds().green(), s.thresholds().blue()),
                k.lead() == null ? null : k.lead().key(), s.benchmark(), c.graceDays(), s.target(),
                new TreeMap<>(byPeriod), k.isFormula() ? new TreeMap<>() : new TreeMap<>(values),
                forecast(k.forecast())).withPlans(plans.getOrDefault(TargetSeries.BUDGET, Map.of()),
                plans.getOrDefault(TargetSeries.STRETCH, Map.of()));
    }

    private static KpiSection.Forecast forecast(Kpi.Forecast f) {
        if (f.method() == ForecastMethod.AUTO && f.alpha() == null && f.beta() == null) {
            return null;
        }
        return new KpiSection.Forecast(f.method(), f.alpha(), f.beta());
    }

    private static String fileName(String name) {
        String slug = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return (slug.isEmpty() ? "scorecard" : slug) + ".yaml";
    }
}
