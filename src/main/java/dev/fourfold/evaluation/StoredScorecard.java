package dev.fourfold.evaluation;

import dev.fourfold.kpi.Kpi;
import dev.fourfold.scorecard.Objective;
import dev.fourfold.scorecard.Perspective;
import dev.fourfold.scorecard.Scorecard;
import dev.fourfold.scorecard.ScorecardInclude;
import dev.fourfold.scoring.IncludedResult;
import dev.fourfold.scoring.ScoringModel;
import java.util.List;
import java.util.Map;

/**
 * A stored scorecard compiled for the engine, with the records its results are matched back to (perspectives by
 * name, objectives and KPIs by code), and the periods whose values still await approval (which the engine never
 * sees), by KPI code, and the scorecard's inclusions of child units' scorecards.
 */
public record StoredScorecard(Scorecard scorecard, List<Perspective> perspectives, Map<String, Objective> objectives,
                              Map<String, Kpi> kpis, ScoringModel model, Map<String, java.util.Set<String>> pending,
                              List<ScorecardInclude> includes) {

    public StoredScorecard {
        includes = List.copyOf(includes);
    }

    /** A scorecard that includes no other. */
    public StoredScorecard(Scorecard scorecard, List<Perspective> perspectives, Map<String, Objective> objectives,
                           Map<String, Kpi> kpis, ScoringModel model, Map<String, java.util.Set<String>> pending) {
        this(scorecard, perspectives, objectives, kpis, model, pending, List.of());
    }

    /** The inclusions of a perspective (or, with {@code objective}, an objective), in the order the engine has them. */
    public List<ScorecardInclude> includesOf(long id, boolean objective) {
        return includes.stream().filter(i -> Long.valueOf(id).equals(objective ? i.objectiveId() : i.perspectiveId()))
                .toList();
    }

    /** Whether an included scorecard was withheld from this scorecard's readers: then nothing of it may be shown. */
    public static boolean withheld(IncludedResult included) {
        return included.evaluation() == null && IncludedModels.WITHHELD.equals(included.reason());
    }

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
