package dev.fourfold.kpi;

import dev.fourfold.scoring.Aggregation;
import dev.fourfold.scoring.BandRange;
import dev.fourfold.scoring.ForecastMethod;
import dev.fourfold.scoring.ForecastSettings;
import dev.fourfold.scoring.KpiDefinition;
import dev.fourfold.scoring.Method;
import dev.fourfold.scoring.MissingInputs;
import dev.fourfold.scoring.Polarity;
import dev.fourfold.scoring.ValueThresholds;
import dev.fourfold.shared.Frequency;

/** Translates a stored KPI into the scoring engine's definition. */
public final class KpiDefinitions {

    private KpiDefinitions() {
    }

    /** The engine's view of the KPI; every key must be valid (as it is for any saved KPI). */
    public static KpiDefinition of(Kpi k) {
        Kpi.Band b = k.band();
        Kpi.Thresholds t = k.thresholds();
        Kpi.Forecast f = k.forecast();
        return new KpiDefinition(k.code(), Polarity.fromKey(k.polarity()), Frequency.fromKey(k.frequency()),
                Aggregation.fromKey(k.aggregation()), k.method() == null ? null : Method.fromKey(k.method()), k.weight(),
                k.baseline(), k.min(), k.max(), k.redFlag(),
                b == null || b.low() == null || b.high() == null ? null : new BandRange(b.low(), b.high(), b.tolerance()),
                t == null || t.amber() == null || t.green() == null ? null : new ValueThresholds(t.amber(), t.green(), t.blue()),
                k.formula(), MissingInputs.fromKey(k.missingInputs()), Aggregation.fromKey(k.targetAggregation()),
                k.target(),
                new ForecastSettings(ForecastMethod.fromKey(f.method()),
                        f.alpha() == null ? null : f.alpha().doubleValue(), f.beta() == null ? null : f.beta().doubleValue()));
    }
}
