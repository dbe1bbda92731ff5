package dev.fourfold.importing;

import dev.fourfold.scoring.Bands;
import dev.fourfold.scoring.Cap;
import dev.fourfold.scoring.Inclusion;
import dev.fourfold.scoring.KpiDefinition;
import dev.fourfold.scoring.ObjectiveDefinition;
import dev.fourfold.scoring.PerspectiveDefinition;
import dev.fourfold.scoring.ScorecardData;
import dev.fourfold.scoring.ScorecardDefinition;
import dev.fourfold.scoring.ScoringModel;
import dev.fourfold.shared.Period;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A scorecard file (scorecard-as-code, format version 1): one unit's scorecard with its structure, targets and
 * actual values, as written, and the further scorecards (of units below it) that its perspectives and objectives
 * may include. {@link #definition()} and {@link #data()} give what the scoring engine needs; {@link #model()}
 * compiles it with the scorecards it includes. The sections keep the descriptive fields for the server import and
 * the writer.
 *
 * @param scorecards further scorecards of the file ({@code scorecards:}), each without further scorecards of its own
 */
public record ScorecardFile(int version, ScorecardSection scorecard, List<PerspectiveSection> perspectives,
                            List<ScorecardFile> scorecards) {

    /** The only format version there is. */
    public static final int VERSION = 1;

    public ScorecardFile {
        perspectives = perspectives == null ? List.of() : List.copyOf(perspectives);
        scorecards = scorecards == null ? List.of() : List.copyOf(scorecards);
    }

    /** A file of one scorecard. */
    public ScorecardFile(int version, ScorecardSection scorecard, List<PerspectiveSection> perspectives) {
        this(version, scorecard, perspectives, List.of());
    }

    /** The scorecard as the scoring engine sees it, its inclusions named by the scorecards of this file. */
    public ScorecardDefinition definition() {
        return definitionIn(this);
    }

    /** This scorecard's definition, its inclusions resolved among the scorecards of {@code file}. */
    ScorecardDefinition definitionIn(ScorecardFile file) {
        ScorecardSection s = scorecard;
        return new ScorecardDefinition(s.name(), s.fiscalYearStart() == null ? 1 : s.fiscalYearStart(), s.scale(),
                s.method(), s.bands() == null ? null : Bands.of(s.bands().amber(), s.bands().green(), s.bands().blue()),
                s.cap() == null ? null : new Cap(s.cap().low().doubleValue(), s.cap().high().doubleValue()),
                s.missing(), s.rollup(), perspectives.stream().map(p -> definition(p, file)).toList());
    }

    private static PerspectiveDefinition definition(PerspectiveSection p, ScorecardFile file) {
        return new PerspectiveDefinition(p.name(), p.weight(), p.rollup(),
                p.objectives().stream().map(o -> new ObjectiveDefinition(o.code(), o.weight(), o.rollup(),
                        o.kpis().stream().map(KpiSection::definition).toList(),
                        inclusions(o.includes(), null, file))).toList(),
                inclusions(p.includes(), p.name(), file));
    }

    private static List<Inclusion> inclusions(List<IncludeSection> includes, String samePerspective, ScorecardFile file) {
        List<Inclusion> out = new ArrayList<>();
        for (IncludeSection i : includes) {
            file.included(i).ifPresent(t -> {
                String perspective = i.perspective() != null ? i.perspective() : samePerspective;
                out.add(new Inclusion(t.scorecard().name(), Inclusion.nameOf(t.scorecard().unitName(),
                        t.scorecard().name(), perspective), perspective, i.weight()));
            });
        }
        return out;
    }

    /** Every scorecard of the file: this one, then the further ones in file order. */
    public List<ScorecardFile> all() {
        List<ScorecardFile> all = new ArrayList<>(scorecards.size() + 1);
        all.add(this);
        all.addAll(scorecards);
        return all;
    }

    /** The scorecard of this file an inclusion names, by scorecard name or else by unit (compared ignoring case). */
    public Optional<ScorecardFile> included(IncludeSection include) {
        return all().stream().filter(f -> include.scorecard() != null
                        ? same(f.scorecard().name(), include.scorecard()) : same(f.scorecard().unitName(), include.unit()))
                .findFirst();
    }

    private static boolean same(String a, String b) {
        return a != null && b != null && a.strip().equalsIgnoreCase(b.strip());
    }

    /** Whether any scorecard of the file includes another. */
    public boolean hasIncludes() {
        return !scorecards.isEmpty() || all().stream().anyMatch(f -> !f.includes().isEmpty());
    }

    /** The inclusions of this scorecard, under its perspectives and objectives, in file order. */
    public List<IncludeSection> includes() {
        List<IncludeSection> out = new ArrayList<>();
        perspectives.forEach(p -> {
            out.addAll(p.includes());
            p.objectives().forEach(o -> out.addAll(o.includes()));
        });
        return out;
    }

    /**
     * The scoring model of this scorecard with the models of the scorecards it includes, each compiled once. The
     * parser refuses cycles and chains of inclusions longer than {@link ScorecardFileParser#MAX_INCLUDE_DEPTH}.
     */
    public ScoringModel model() {
        return model(this, new IdentityHashMap<>());
    }

    /**
     * The scoring model of the scorecard of this file named {@code name} (compared ignoring case), with the models of
     * the scorecards it includes; empty when the file has no scorecard of that name.
     */
    public Optional<ScoringModel> model(String name) {
        return all().stream().filter(f -> same(f.scorecard().name(), name)).findFirst()
                .map(f -> model(f, new IdentityHashMap<>()));
    }

    private ScoringModel model(ScorecardFile f, Map<ScorecardFile, ScoringModel> compiled) {
        ScoringModel done = compiled.get(f);
        if (done != null) {
            return done;
        }
        Map<String, ScoringModel> included = new HashMap<>();
        for (IncludeSection i : f.includes()) {
            included(i).ifPresent(t -> included.computeIfAbsent(t.scorecard().name(), k -> model(t, compiled)));
        }
        ScoringModel model = ScoringModel.of(f.definitionIn(this), f.data()).including(included, Map.of());
        compiled.put(f, model);
        return model;
    }

    /** The actual values, explicit per-period targets, budgets and stretch targets of the file's KPIs. */
    public ScorecardData data() {
        Map<String, Map<Period, BigDecimal>> actuals = new LinkedHashMap<>();
        Map<String, Map<Period, BigDecimal>> targets = new LinkedHashMap<>();
        Map<String, Map<Period, BigDecimal>> budgets = new LinkedHashMap<>();
        Map<String, Map<Period, BigDecimal>> stretchTargets = new LinkedHashMap<>();
        kpis().forEach(k -> {
            actuals.put(k.code(), k.actuals());
            targets.put(k.code(), k.targets());
            budgets.put(k.code(), k.budgets());
            stretchTargets.put(k.code(), k.stretchTargets());
        });
        return ScorecardData.of(actuals, targets).withPlans(budgets, stretchTargets);
    }

    /** Every KPI of the file in file order. */
    public List<KpiSection> kpis() {
        return perspectives.stream().flatMap(p -> p.objectives().stream()).flatMap(o -> o.kpis().stream()).toList();
    }

    /** Every objective of the file in file order. */
    public List<ObjectiveSection> objectives() {
        return perspectives.stream().flatMap(p -> p.objectives().stream()).toList();
    }

    /** A definition-only list of the file's KPIs, for validation against the rest of an organisation. */
    public List<KpiDefinition> kpiDefinitions() {
        return kpis().stream().map(KpiSection::definition).toList();
    }
}
