package dev.fourfold.scoring;

import java.util.List;

/** An objective evaluated from its KPIs and the scorecards it includes. */
public final class ObjectiveResult extends RollupResult {

    private final List<KpiResult> kpis;
    private final List<IncludedResult> included;

    /**
     * @param weights  the KPIs' weights as doubles, in the order of {@code kpis} (shared, never changed)
     * @param codes    the KPIs' codes as defined, in the same order (shared, never changed)
     * @param kpis     the KPIs' results in definition order
     * @param included the included scorecards' results in definition order, children after the KPIs
     */
    ObjectiveResult(ObjectiveDefinition objective, MissingPolicy missing, Bands bands, double[] weights, String[] codes,
                    KpiResult[] kpis, List<IncludedResult> included) {
        super(objective.code(), objective.rollup(), missing, bands, Children.weights(weights, included),
                Children.results(results(kpis), included), Children.names(codes, included), "no scored KPI");
        this.kpis = List.of(kpis);
        this.included = List.copyOf(included);
    }

    private static ScoreResult[] results(KpiResult[] kpis) {
        ScoreResult[] results = new ScoreResult[kpis.length];
        for (int i = 0; i < kpis.length; i++) {
            results[i] = kpis[i].result();
        }
        return results;
    }

    public String code() {
        return name();
    }

    public List<KpiResult> kpis() {
        return kpis;
    }

    /** The scorecards this objective includes, each with the score that counts; empty for most objectives. */
    public List<IncludedResult> included() {
        return included;
    }
}
