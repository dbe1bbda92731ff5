package dev.fourfold.kpi;

import dev.fourfold.scoring.ForecastMethod;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A KPI (measure): a quantified indicator of an objective, with everything needed to collect, aggregate and score
 * it. Codes are unique in the organisation, compared case-insensitively, and used in formulas and imports. A KPI
 * that has data is retired rather than deleted: it keeps its history and leaves current views.
 *
 * <p>A KPI is always complete: a {@link KpiDraft} becomes one only through {@link KpiDraft#complete()}, which applies
 * every default; a stored one is read back by the repository. Everything else changes one with its withers.
 *
 * @param lead       whether it leads or lags its objective's results, or null
 * @param position   its place among its objective's KPIs, from 1 (0 until it is placed)
 * @param scoring    how its values become scores
 * @param collection how its values are entered or calculated, and combined
 */
public record Kpi(long id, long objectiveId, long scorecardId, String code, String name, @Nullable String description,
                  @Nullable String unit, @Nullable Indicator lead, int position, ScoringParameters scoring,
                  CollectionSettings collection, Forecast forecast, boolean retired, long version) {

    public Kpi {
        Objects.requireNonNull(scoring, "scoring");
        Objects.requireNonNull(collection, "collection");
        Objects.requireNonNull(forecast, "forecast");
    }

    /** The band of a {@code band} KPI: 100 inside [low, high], falling to 0 at tolerance beyond the nearer edge. */
    public record Band(@Nullable BigDecimal low, @Nullable BigDecimal high, @Nullable BigDecimal tolerance) {
    }

    /** Value thresholds in the KPI's own unit, which take precedence over the scorecard's bands. */
    public record Thresholds(@Nullable BigDecimal amber, @Nullable BigDecimal green, @Nullable BigDecimal blue) {
    }

    /** Forecast settings: the model, and alpha and beta fitted when null. */
    public record Forecast(ForecastMethod method, @Nullable BigDecimal alpha, @Nullable BigDecimal beta) {
        public static final Forecast AUTO = new Forecast(ForecastMethod.AUTO, null, null);

        public Forecast {
            Objects.requireNonNull(method, "method");
        }
    }

    public boolean isFormula() {
        return collection.isFormula();
    }

    /** The formula of a calculated KPI, or null. */
    public @Nullable String formula() {
        return collection.formula();
    }

    public Kpi withId(long id) {
        return new Kpi(id, objectiveId, scorecardId, code, name, description, unit, lead, position, scoring,
                collection, forecast, retired, version);
    }

    public Kpi withScorecard(long scorecardId) {
        return new Kpi(id, objectiveId, scorecardId, code, name, description, unit, lead, position, scoring,
                collection, forecast, retired, version);
    }

    public Kpi withPosition(int position) {
        return new Kpi(id, objectiveId, scorecardId, code, name, description, unit, lead, position, scoring,
                collection, forecast, retired, version);
    }

    public Kpi withScoring(ScoringParameters scoring) {
        return new Kpi(id, objectiveId, scorecardId, code, name, description, unit, lead, position, scoring,
                collection, forecast, retired, version);
    }

    public Kpi withCollection(CollectionSettings collection) {
        return new Kpi(id, objectiveId, scorecardId, code, name, description, unit, lead, position, scoring,
                collection, forecast, retired, version);
    }

    public Kpi withForecast(Forecast forecast) {
        return new Kpi(id, objectiveId, scorecardId, code, name, description, unit, lead, position, scoring,
                collection, forecast, retired, version);
    }

    public Kpi withRetired(boolean retired) {
        return new Kpi(id, objectiveId, scorecardId, code, name, description, unit, lead, position, scoring,
                collection, forecast, retired, version);
    }

    public Kpi withVersion(long version) {
        return new Kpi(id, objectiveId, scorecardId, code, name, description, unit, lead, position, scoring,
                collection, forecast, retired, version);
    }

    /** The fields as the change log records them, under the names and keys of the API. */
    Map<String, Object> snapshot() {
        ScoringParameters s = scoring;
        CollectionSettings c = collection;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("objectiveId", objectiveId);
        m.put("code", code);
        m.put("name", name);
        m.put("description", description);
        m.put("unit", unit);
        m.put("polarity", s.polarity().key());
        m.put("frequency", c.frequency().key());
        m.put("aggregation", c.aggregation().key());
        m.put("method", s.method() == null ? null : s.method().key());
        m.put("weight", s.weight());
        m.put("position", position);
        m.put("baseline", s.baseline());
        m.put("min", s.min());
        m.put("max", s.max());
        m.put("redFlag", s.redFlag());
        m.put("band.low", s.band() == null ? null : s.band().low());
        m.put("band.high", s.band() == null ? null : s.band().high());
        m.put("band.tolerance", s.band() == null ? null : s.band().tolerance());
        m.put("thresholds.amber", s.thresholds() == null ? null : s.thresholds().amber());
        m.put("thresholds.green", s.thresholds() == null ? null : s.thresholds().green());
        m.put("thresholds.blue", s.thresholds() == null ? null : s.thresholds().blue());
        m.put("formula", c.formula());
        m.put("missingInputs", c.missingInputs().key());
        m.put("targetAggregation", c.targetAggregation().key());
        m.put("target", s.target());
        m.put("owner", c.owner());
        m.put("lead", lead == null ? null : lead.key());
        m.put("benchmark", s.benchmark());
        m.put("graceDays", c.graceDays());
        m.put("forecast.method", forecast.method().key());
        m.put("forecast.alpha", forecast.alpha());
        m.put("forecast.beta", forecast.beta());
        m.put("retired", retired);
        return m;
    }
}
