package dev.fourfold.scoring;

import java.util.List;

/** An objective evaluated from its KPIs. */
public final class ObjectiveResult extends RollupResult {

    private final List<KpiResult> kpis;

    ObjectiveResult(ObjectiveDefinition objective, MissingPolicy missing, Bands bands, List<KpiResult> kpis) {
        super(objective.code(), objective.rollup(), missing, bands,
                objective.kpis().stream().mapToDouble(k -> k.weight().doubleValue()).toArray(),
                kpis.stream().map(KpiResult::result).toArray(ScoreResult[]::new),
                kpis.stream().map(KpiResult::code).toArray(String[]::new), "no scored KPI");
        this.kpis = List.copyOf(kpis);
    }

    public String code() {
        return name();
    }

    public List<KpiResult> kpis() {
        return kpis;
    }
}
