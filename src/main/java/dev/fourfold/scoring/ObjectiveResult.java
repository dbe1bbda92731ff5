package dev.fourfold.scoring;

import java.util.List;

/** An objective evaluated from its KPIs. */
public final class ObjectiveResult extends RollupResult {

    private final List<KpiResult> kpis;

    /**
     * @param weights the KPIs' weights as doubles, in the order of {@code kpis} (shared, never changed)
     * @param codes   the KPIs' codes as defined, in the same order (shared, never changed)
     * @param kpis    the KPIs' results in definition order
     */
    ObjectiveResult(ObjectiveDefinition objective, MissingPolicy missing, Bands bands, double[] weights, String[] codes,
                    KpiResult[] kpis) {
        super(objective.code(), objective.rollup(), missing, bands, weights, results(kpis), codes, "no scored KPI");
        this.kpis = List.of(kpis);
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
}
