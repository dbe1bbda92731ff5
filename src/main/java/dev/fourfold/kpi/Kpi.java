package dev.fourfold.kpi;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A KPI (measure): a quantified indicator of an objective, with everything needed to collect, aggregate and score
 * it. Codes are unique in the organisation, compared case-insensitively, and used in formulas and imports. A KPI
 * that has data is retired rather than deleted: it keeps its history and leaves current views.
 *
 * @param polarity          {@code higher}, {@code lower} or {@code range} is better
 * @param frequency         {@code monthly}, {@code quarterly} or {@code yearly}
 * @param aggregation       how native values combine into longer periods: sum, average, last, min, max, formula
 * @param method            scoring method override, or null for the scorecard's default
 * @param target            the target of every native period that has no target of its own, or null
 * @param lead              {@code lead} or {@code lag} indicator, or null
 * @param graceDays         a value is due this many days after its period ends
 * @param owner             the user name (which may be an e-mail address) of the person who enters its values
 */
public record Kpi(long id, long objectiveId, long scorecardId, String code, String name, String description, String unit,
                  String polarity, String frequency, String aggregation, String method, BigDecimal weight, int position,
                  BigDecimal baseline, BigDecimal min, BigDecimal max, BigDecimal redFlag, Band band,
                  Thresholds thresholds, String formula, String missingInputs, String targetAggregation,
                  BigDecimal target, String owner, String lead, BigDecimal benchmark, int graceDays,
                  Forecast forecast, boolean retired, long version) {

    /** The band of a {@code band} KPI: 100 inside [low, high], falling to 0 at tolerance beyond the nearer edge. */
    public record Band(BigDecimal low, BigDecimal high, BigDecimal tolerance) {
    }

    /** Value thresholds in the KPI's own unit, which take precedence over the scorecard's bands. */
    public record Thresholds(BigDecimal amber, BigDecimal green, BigDecimal blue) {
    }

    /** Forecast settings: method {@code auto}, {@code holt} or {@code holt-winters}; alpha and beta fitted when null. */
    public record Forecast(String method, BigDecimal alpha, BigDecimal beta) {
        public static final Forecast AUTO = new Forecast("auto", null, null);
    }

    public boolean isFormula() {
        return formula != null;
    }

    Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("objectiveId", objectiveId);
        m.put("code", code);
        m.put("name", name);
        m.put("description", description);
        m.put("unit", unit);
        m.put("polarity", polarity);
        m.put("frequency", frequency);
        m.put("aggregation", aggregation);
        m.put("method", method);
        m.put("weight", weight);
        m.put("position", position);
        m.put("baseline", baseline);
        m.put("min", min);
        m.put("max", max);
        m.put("redFlag", redFlag);
        m.put("band.low", band == null ? null : band.low());
        m.put("band.high", band == null ? null : band.high());
        m.put("band.tolerance", band == null ? null : band.tolerance());
        m.put("thresholds.amber", thresholds == null ? null : thresholds.amber());
        m.put("thresholds.green", thresholds == null ? null : thresholds.green());
        m.put("thresholds.blue", thresholds == null ? null : thresholds.blue());
        m.put("formula", formula);
        m.put("missingInputs", missingInputs);
        m.put("targetAggregation", targetAggregation);
        m.put("target", target);
        m.put("owner", owner);
        m.put("lead", lead);
        m.put("benchmark", benchmark);
        m.put("graceDays", graceDays);
        m.put("forecast.method", forecast.method());
        m.put("forecast.alpha", forecast.alpha());
        m.put("forecast.beta", forecast.beta());
        m.put("retired", retired);
        return m;
    }
}
