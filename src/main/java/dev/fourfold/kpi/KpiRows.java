package dev.fourfold.kpi;

import dev.fourfold.scoring.Aggregation;
import dev.fourfold.scoring.ForecastMethod;
import dev.fourfold.scoring.Method;
import dev.fourfold.scoring.MissingInputs;
import dev.fourfold.scoring.Polarity;
import dev.fourfold.shared.Decimals;
import dev.fourfold.shared.Frequency;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/** A KPI as a row of the {@code kpi} table and back, its vocabulary stored in the keys of the API. */
final class KpiRows {

    static final String COLUMNS = """
            objective_id, scorecard_id, code, code_key, name, description, unit, polarity, frequency, aggregation, method,
            weight, position, baseline, min_value, max_value, red_flag, band_low, band_high, band_tolerance,
            threshold_amber, threshold_green, threshold_blue, formula, missing_inputs, target_aggregation, default_target,
            owner, lead_lag, benchmark, grace_days, forecast_method, forecast_alpha, forecast_beta""";
    static final String VALUES = """
            :objectiveId, :scorecardId, :code, :codeKey, :name, :description, :unit, :polarity, :frequency, :aggregation,
            :method, :weight, :position, :baseline, :min, :max, :redFlag, :bandLow, :bandHigh, :bandTolerance,
            :thresholdAmber, :thresholdGreen, :thresholdBlue, :formula, :missingInputs, :targetAggregation, :target,
            :owner, :lead, :benchmark, :graceDays, :forecastMethod, :forecastAlpha, :forecastBeta""";
    static final String ASSIGNMENTS = assignments();

    private KpiRows() {
    }

    private static String assignments() {
        String[] cols = COLUMNS.split(",");
        String[] vals = VALUES.split(",");
        StringBuilder set = new StringBuilder();
        for (int i = 0; i < cols.length; i++) {
            set.append(i == 0 ? "" : ", ").append(cols[i].strip()).append(" = ").append(vals[i].strip());
        }
        return set.toString();
    }

    static Map<String, Object> params(Kpi k) {
        Map<String, Object> p = new HashMap<>();
        p.put("objectiveId", k.objectiveId());
        p.put("scorecardId", k.scorecardId());
        p.put("code", k.code());
        p.put("codeKey", k.code().toLowerCase(java.util.Locale.ROOT));
        p.put("name", k.name());
        p.put("description", k.description());
        p.put("unit", k.unit());
        p.put("position", k.position());
        p.put("lead", k.lead() == null ? null : k.lead().key());
        scoringParams(p, k.scoring());
        collectionParams(p, k.collection());
        p.put("forecastMethod", k.forecast().method().key());
        p.put("forecastAlpha", k.forecast().alpha());
        p.put("forecastBeta", k.forecast().beta());
        return p;
    }

    private static void scoringParams(Map<String, Object> p, ScoringParameters s) {
        p.put("polarity", s.polarity().key());
        p.put("method", s.method() == null ? null : s.method().key());
        p.put("weight", s.weight());
        p.put("baseline", s.baseline());
        p.put("min", s.min());
        p.put("max", s.max());
        p.put("redFlag", s.redFlag());
        p.put("bandLow", s.band() == null ? null : s.band().low());
        p.put("bandHigh", s.band() == null ? null : s.band().high());
        p.put("bandTolerance", s.band() == null ? null : s.band().tolerance());
        p.put("thresholdAmber", s.thresholds() == null ? null : s.thresholds().amber());
        p.put("thresholdGreen", s.thresholds() == null ? null : s.thresholds().green());
        p.put("thresholdBlue", s.thresholds() == null ? null : s.thresholds().blue());
        p.put("target", s.target());
        p.put("benchmark", s.benchmark());
    }

    private static void collectionParams(Map<String, Object> p, CollectionSettings c) {
        p.put("frequency", c.frequency().key());
        p.put("aggregation", c.aggregation().key());
        p.put("formula", c.formula());
        p.put("missingInputs", c.missingInputs().key());
        p.put("targetAggregation", c.targetAggregation().key());
        p.put("owner", c.owner());
        p.put("graceDays", c.graceDays());
    }

    static Kpi map(ResultSet rs, int n) throws SQLException {
        String lead = rs.getString("lead_lag");
        return new Kpi(rs.getLong("id"), rs.getLong("objective_id"), rs.getLong("scorecard_id"), rs.getString("code"),
                rs.getString("name"), rs.getString("description"), rs.getString("unit"),
                lead == null ? null : Indicator.fromKey(lead), rs.getInt("position"), scoring(rs), collection(rs),
                new Kpi.Forecast(ForecastMethod.fromKey(rs.getString("forecast_method")), dec(rs, "forecast_alpha"),
                        dec(rs, "forecast_beta")),
                rs.getBoolean("retired"), rs.getLong("version"));
    }

    private static ScoringParameters scoring(ResultSet rs) throws SQLException {
        BigDecimal bandLow = dec(rs, "band_low");
        BigDecimal bandHigh = dec(rs, "band_high");
        BigDecimal amber = dec(rs, "threshold_amber");
        BigDecimal green = dec(rs, "threshold_green");
        String method = rs.getString("method");
        return new ScoringParameters(Polarity.fromKey(rs.getString("polarity")),
                method == null ? null : Method.fromKey(method), dec(rs, "weight"), dec(rs, "baseline"),
                dec(rs, "min_value"), dec(rs, "max_value"), dec(rs, "red_flag"),
                bandLow == null && bandHigh == null ? null : new Kpi.Band(bandLow, bandHigh, dec(rs, "band_tolerance")),
                amber == null && green == null ? null : new Kpi.Thresholds(amber, green, dec(rs, "threshold_blue")),
                dec(rs, "default_target"), dec(rs, "benchmark"));
    }

    private static CollectionSettings collection(ResultSet rs) throws SQLException {
        return new CollectionSettings(Frequency.fromKey(rs.getString("frequency")),
                Aggregation.fromKey(rs.getString("aggregation")), rs.getString("formula"),
                MissingInputs.fromKey(rs.getString("missing_inputs")),
                Aggregation.fromKey(rs.getString("target_aggregation")), rs.getString("owner"),
                rs.getInt("grace_days"));
    }

    private static BigDecimal dec(ResultSet rs, String column) throws SQLException {
        return Decimals.normalised(rs.getBigDecimal(column));
    }
}
