package dev.fourfold.importing;

import dev.fourfold.scoring.Bands;
import dev.fourfold.scoring.Cap;
import dev.fourfold.scoring.KpiDefinition;
import dev.fourfold.scoring.ObjectiveDefinition;
import dev.fourfold.scoring.PerspectiveDefinition;
import dev.fourfold.scoring.ScorecardData;
import dev.fourfold.scoring.ScorecardDefinition;
import dev.fourfold.shared.Period;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A scorecard file (scorecard-as-code, format version 1): one unit's scorecard with its structure, targets and
 * actual values, as written. {@link #definition()} and {@link #data()} give what the scoring engine needs; the
 * sections keep the descriptive fields for the server import and the writer.
 */
public record ScorecardFile(int version, ScorecardSection scorecard, List<PerspectiveSection> perspectives) {

    /** The only format version there is. */
    public static final int VERSION = 1;

    public ScorecardFile {
        perspectives = perspectives == null ? List.of() : List.copyOf(perspectives);
    }

    /** The scorecard as the scoring engine sees it. */
    public ScorecardDefinition definition() {
        ScorecardSection s = scorecard;
        return new ScorecardDefinition(s.name(), s.fiscalYearStart() == null ? 1 : s.fiscalYearStart(), s.scale(),
                s.method(), s.bands() == null ? null : Bands.of(s.bands().amber(), s.bands().green(), s.bands().blue()),
                s.cap() == null ? null : new Cap(s.cap().low().doubleValue(), s.cap().high().doubleValue()),
                s.missing(), s.rollup(), perspectives.stream().map(ScorecardFile::definition).toList());
    }

    private static PerspectiveDefinition definition(PerspectiveSection p) {
        return new PerspectiveDefinition(p.name(), p.weight(), p.rollup(),
                p.objectives().stream().map(o -> new ObjectiveDefinition(o.code(), o.weight(), o.rollup(),
                        o.kpis().stream().map(KpiSection::definition).toList())).toList());
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
