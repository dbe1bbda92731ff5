package dev.fourfold.evaluation;

import dev.fourfold.kpi.Kpi;
import dev.fourfold.scorecard.Objective;
import dev.fourfold.scorecard.Perspective;
import dev.fourfold.scorecard.Scorecard;
import dev.fourfold.scoring.ScoringModel;
import java.util.List;
import java.util.Map;

/**
 * A stored scorecard compiled for the engine, with the records its results are matched back to (perspectives by
 * name, objectives and KPIs by code), and the periods whose values still await approval (which the engine never
 * sees), by KPI code.
 */
public record StoredScorecard(Scorecard scorecard, List<Perspective> perspectives, Map<String, Objective> objectives,
                              Map<String, Kpi> kpis, ScoringModel model, Map<String, java.util.Set<String>> pending) {

    /** Whether a value of the KPI for exactly this period awaits approval. */
    public boolean isPending(String code, String period) {
        return pending.getOrDefault(code.toUpperCase(java.util.Locale.ROOT), java.util.Set.of()).contains(period);
    }

    /** The stored KPI of a code as the engine reports it (upper or original case). */
    public Kpi kpi(String code) {
        return kpis.get(code.toUpperCase(java.util.Locale.ROOT));
    }

    public Objective objective(String code) {
        return objectives.get(code.toUpperCase(java.util.Locale.ROOT));
    }

    public Perspective perspective(String name) {
        return perspectives.stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }
}
