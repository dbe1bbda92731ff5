package dev.fourfold.kpi;

import dev.fourfold.scoring.BandRange;
import dev.fourfold.scoring.ForecastSettings;
import dev.fourfold.scoring.KpiDefinition;
import dev.fourfold.scoring.ValueThresholds;

/** Translates a stored KPI into the scoring engine's definition. */
public final class KpiDefinitions {

    private KpiDefinitions() {
    }

    /** The engine's view of the KPI. */
    public static KpiDefinition of(Kpi k) {
        ScoringParameters s = k.scoring();
        CollectionSettings c = k.collection();
        Kpi.Band b = s.band();
        Kpi.Thresholds t = s.thresholds();
        Kpi.Forecast f = k.forecast();
        return new KpiDefinition(k.code(), s.polarity(), c.frequency(), c.aggregation(), s.method(), s.weight(),
                s.baseline(), s.min(), s.max(), s.redFlag(),
                b == null || b.low() == null || b.high() == null ? null
                        : new BandRange(b.low(), b.high(), b.tolerance()),
                t == null || t.amber() == null || t.green() == null ? null
                        : new ValueThresholds(t.amber(), t.green(), t.blue()),
                c.formula(), c.missingInputs(), c.targetAggregation(), s.target(),
                new ForecastSettings(f.method(), f.alpha() == null ? null : f.alpha().doubleValue(),
                        f.beta() == null ? null : f.beta().doubleValue()));
    }
}
