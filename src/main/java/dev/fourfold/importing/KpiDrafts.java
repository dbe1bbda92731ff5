package dev.fourfold.importing;

import dev.fourfold.kpi.Kpi;
import dev.fourfold.kpi.KpiDraft;
import dev.fourfold.scoring.Aggregation;
import dev.fourfold.scoring.ForecastMethod;
import dev.fourfold.scoring.Method;
import dev.fourfold.scoring.MissingInputs;
import dev.fourfold.scoring.Polarity;
import dev.fourfold.shared.Decimals;
import dev.fourfold.shared.Frequency;
import java.math.BigDecimal;
import java.util.function.Function;

/**
 * A KPI of a scorecard file as a draft of the KPI module: the name is the code when left out (a file rule);
 * everything else left out takes the KPI module's defaults, as it does through the API.
 */
final class KpiDrafts {

    private KpiDrafts() {
    }

    /** The draft; numbers are normalised as they are stored, so that an unchanged KPI compares equal. */
    static KpiDraft of(KpiSection k, long objectiveId, int position, long version) {
        return new KpiDraft(objectiveId, k.code(), k.name() == null ? k.code() : k.name(), k.description(), k.unit(),
                key(k.polarity(), Polarity::key), key(k.frequency(), Frequency::key),
                key(k.aggregation(), Aggregation::key), key(k.method(), Method::key), n(k.weight()), position,
                n(k.baseline()), n(k.min()), n(k.max()), n(k.redFlag()),
                k.band() == null ? null : new Kpi.Band(n(k.band().low()), n(k.band().high()), n(k.band().tolerance())),
                k.thresholds() == null ? null : new Kpi.Thresholds(n(k.thresholds().amber()),
                        n(k.thresholds().green()), n(k.thresholds().blue())),
                k.formula(), key(k.missingInputs(), MissingInputs::key),
                key(k.targetAggregation(), Aggregation::key), n(k.target()), k.owner(), k.lead(), n(k.benchmark()),
                k.graceDays(), forecast(k.forecast()), version);
    }

    private static KpiDraft.Forecast forecast(KpiSection.Forecast f) {
        return f == null ? null
                : new KpiDraft.Forecast(key(f.method(), ForecastMethod::key), n(f.alpha()), n(f.beta()));
    }

    private static <E> String key(E value, Function<E, String> key) {
        return value == null ? null : key.apply(value);
    }

    private static BigDecimal n(BigDecimal value) {
        return Decimals.normalised(value);
    }
}
