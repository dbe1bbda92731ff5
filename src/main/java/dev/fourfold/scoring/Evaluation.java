package dev.fourfold.scoring;

import dev.fourfold.shared.Period;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A scorecard evaluated at a period and view: the root of the tree scorecard → perspectives → objectives → KPIs,
 * each node with its score, colour and reason, and an explanation on demand.
 */
public final class Evaluation extends RollupResult {

    private final Period period;
    private final View view;
    private final List<PerspectiveResult> perspectives;
    /** Built when first asked for: most evaluations are only read in tree order. */
    private volatile Map<String, KpiResult> kpisByCode;

    /** @param weights the perspectives' weights as doubles, in order (shared, never changed) */
    Evaluation(ScorecardDefinition scorecard, Period period, View view, double[] weights,
               List<PerspectiveResult> perspectives) {
        super(scorecard.name(), scorecard.rollup(), scorecard.missing(), scorecard.bands(), weights,
                perspectives.stream().map(RollupResult::result).toArray(ScoreResult[]::new),
                perspectives.stream().map(RollupResult::name).toArray(String[]::new), "no scored perspective");
        this.period = period;
        this.view = view;
        this.perspectives = List.copyOf(perspectives);
    }

    private Map<String, KpiResult> byCode() {
        Map<String, KpiResult> byCode = kpisByCode;
        if (byCode == null) {
            Map<String, KpiResult> built = new LinkedHashMap<>();
            perspectives.forEach(p -> p.objectives().forEach(o -> o.kpis().forEach(
                    k -> built.put(k.code().toUpperCase(Locale.ROOT), k))));
            byCode = built;
            kpisByCode = byCode;
        }
        return byCode;
    }

    public Period period() {
        return period;
    }

    public View view() {
        return view;
    }

    public List<PerspectiveResult> perspectives() {
        return perspectives;
    }

    /** Every KPI of the scorecard in tree order. */
    public List<KpiResult> kpis() {
        return List.copyOf(byCode().values());
    }

    /** The KPI with this code (case-insensitive), if it is on the scorecard. */
    public Optional<KpiResult> kpi(String code) {
        return Optional.ofNullable(byCode().get(code.toUpperCase(Locale.ROOT)));
    }

    /**
     * The trend of each KPI against an earlier evaluation (usually of {@code period().previous()} in the same view):
     * this score minus that score, by KPI code as defined; {@code null} where either has no score.
     */
    public Map<String, Double> scoreChanges(Evaluation earlier) {
        Map<String, Double> changes = new HashMap<>();
        Map<String, KpiResult> then = earlier.byCode();
        byCode().forEach((code, now) -> {
            Double before = then.containsKey(code) ? then.get(code).score() : null;
            changes.put(now.code(), now.score() == null || before == null ? null : now.score() - before);
        });
        return changes;
    }
}
