package dev.fourfold.kpi;

import dev.fourfold.shared.Decimals;
import dev.fourfold.shared.PageRequest;
import dev.fourfold.shared.PageResponse;
import dev.fourfold.shared.Where;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Reads and writes KPI rows and the formula-input table kept in step with them. */
@Repository
class KpiRepository {

    static final RowMapper<Kpi> ROW = KpiRepository::map;

    private static final String COLUMNS = """
            objective_id, scorecard_id, code, code_key, name, description, unit, polarity, frequency, aggregation, method,
            weight, position, baseline, min_value, max_value, red_flag, band_low, band_high, band_tolerance,
            threshold_amber, threshold_green, threshold_blue, formula, missing_inputs, target_aggregation, default_target,
            owner, lead_lag, benchmark, grace_days, forecast_method, forecast_alpha, forecast_beta""";
    private static final String VALUES = """
            :objectiveId, :scorecardId, :code, :codeKey, :name, :description, :unit, :polarity, :frequency, :aggregation,
            :method, :weight, :position, :baseline, :min, :max, :redFlag, :bandLow, :bandHigh, :bandTolerance,
            :thresholdAmber, :thresholdGreen, :thresholdBlue, :formula, :missingInputs, :targetAggregation, :target,
            :owner, :lead, :benchmark, :graceDays, :forecastMethod, :forecastAlpha, :forecastBeta""";
    private static final String ASSIGNMENTS = assignments();

    private final JdbcClient jdbc;

    KpiRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Kpi> find(long id) {
        return jdbc.sql("select * from kpi where id = :id").param("id", id).query(ROW).optional();
    }

    Optional<Kpi> findByCode(String code) {
        return jdbc.sql("select * from kpi where code_key = :key").param("key", code.strip().toLowerCase(java.util.Locale.ROOT))
                .query(ROW).optional();
    }

    List<Kpi> findByCodes(Collection<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        List<String> keys = codes.stream().map(c -> c.strip().toLowerCase(java.util.Locale.ROOT)).toList();
        return jdbc.sql("select * from kpi where code_key in (:keys)").param("keys", keys).query(ROW).list();
    }

    /** Active KPIs of a scorecard in their order. */
    List<Kpi> activeOfScorecard(long scorecardId) {
        return jdbc.sql("""
                        select k.* from kpi k join objective o on o.id = k.objective_id
                        join perspective p on p.id = o.perspective_id
                        where k.scorecard_id = :sc and k.retired = false order by p.position, o.position, k.position, k.id""")
                .param("sc", scorecardId).query(ROW).list();
    }

    List<Kpi> findFormulaKpis() {
        return jdbc.sql("select * from kpi where formula is not null and retired = false").query(ROW).list();
    }

    PageResponse<Kpi> list(KpiService.Filter f, PageRequest page) {
        if (f.readableScorecards().isNone()) {
            return new PageResponse<>(List.of(), page.page(), page.size(), 0);
        }
        Where where = new Where();
        if (!f.includeRetired()) {
            where.and("k.retired = false");
        }
        where.visible("k.scorecard_id", "readable", f.readableScorecards())
                .and("k.scorecard_id in (select id from scorecard where unit_id = :unit)", "unit", f.unitId())
                .and("k.scorecard_id = :sc", "sc", f.scorecardId())
                .and("o.perspective_id = :p", "p", f.perspectiveId())
                .and("k.objective_id = :o", "o", f.objectiveId());
        String from = " from kpi k join objective o on o.id = k.objective_id join perspective p on p.id = o.perspective_id";
        long total = jdbc.sql("select count(*)" + from + where.sql()).params(where.params()).query(Long.class).single();
        List<Kpi> items = jdbc.sql("select k.*" + from + where.sql()
                        + " order by k.scorecard_id, p.position, o.position, k.position, k.id limit :limit offset :offset")
                .params(where.params()).param("limit", page.size()).param("offset", page.offset()).query(ROW).list();
        return new PageResponse<>(items, page.page(), page.size(), total);
    }

    long insert(Kpi k, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into kpi (" + COLUMNS + ", created_at, updated_at) values (" + VALUES + ", :now, :now)")
                .params(params(k)).param("now", Timestamp.from(now)).update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Updates the row if it is still at {@code version}; returns whether it was. */
    boolean update(long id, Kpi k, long version, Instant now) {
        return jdbc.sql("update kpi set " + ASSIGNMENTS + ", updated_at = :now, version = version + 1 where id = :id and version = :version")
                .params(params(k)).param("now", Timestamp.from(now)).param("id", id).param("version", version)
                .update() == 1;
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

    void setRetired(long id, boolean retired, Instant now) {
        jdbc.sql("update kpi set retired = :r, updated_at = :now, version = version + 1 where id = :id")
                .param("r", retired).param("now", Timestamp.from(now)).param("id", id).update();
    }

    void delete(long id) {
        jdbc.sql("delete from kpi_formula_input where kpi_id = :id").param("id", id).update();
        jdbc.sql("delete from kpi where id = :id").param("id", id).update();
    }

    /** Replaces the recorded formula inputs of a KPI. */
    void replaceInputs(long kpiId, Collection<Long> inputs, Collection<Long> laggedInputs) {
        jdbc.sql("delete from kpi_formula_input where kpi_id = :id").param("id", kpiId).update();
        for (Long input : inputs) {
            jdbc.sql("insert into kpi_formula_input (kpi_id, input_kpi_id, lagged) values (:k, :i, false)")
                    .param("k", kpiId).param("i", input).update();
        }
        for (Long input : laggedInputs) {
            jdbc.sql("insert into kpi_formula_input (kpi_id, input_kpi_id, lagged) values (:k, :i, true)")
                    .param("k", kpiId).param("i", input).update();
        }
    }

    /** Codes of the active formula KPIs (other than the KPI itself) that read this KPI. */
    /** The active KPIs whose formulas read the KPI, as code and scorecard id, by code. */
    List<Map.Entry<String, Long>> formulaReaders(long kpiId) {
        return jdbc.sql("""
                        select distinct k.code, k.scorecard_id from kpi_formula_input i join kpi k on k.id = i.kpi_id
                        where i.input_kpi_id = :id and i.kpi_id <> :id and k.retired = false order by k.code""")
                .param("id", kpiId).query((rs, n) -> Map.entry(rs.getString("code"), rs.getLong("scorecard_id"))).list();
    }

    List<String> activeCodesOfObjective(long objectiveId) {
        return jdbc.sql("select code from kpi where objective_id = :o and retired = false order by position, id")
                .param("o", objectiveId).query(String.class).list();
    }

    boolean objectiveHasAny(long objectiveId) {
        return jdbc.sql("select count(*) from kpi where objective_id = :o").param("o", objectiveId).query(Long.class).single() > 0;
    }

    int nextPosition(long objectiveId) {
        return jdbc.sql("select coalesce(max(position), 0) + 1 from kpi where objective_id = :o")
                .param("o", objectiveId).query(Integer.class).single();
    }

    private static Map<String, Object> params(Kpi k) {
        Map<String, Object> p = new HashMap<>();
        p.put("objectiveId", k.objectiveId());
        p.put("scorecardId", k.scorecardId());
        p.put("code", k.code());
        p.put("codeKey", k.code().toLowerCase(java.util.Locale.ROOT));
        p.put("name", k.name());
        p.put("description", k.description());
        p.put("unit", k.unit());
        p.put("polarity", k.polarity());
        p.put("frequency", k.frequency());
        p.put("aggregation", k.aggregation());
        p.put("method", k.method());
        p.put("weight", k.weight());
        p.put("position", k.position());
        p.put("baseline", k.baseline());
        p.put("min", k.min());
        p.put("max", k.max());
        p.put("redFlag", k.redFlag());
        p.put("bandLow", k.band() == null ? null : k.band().low());
        p.put("bandHigh", k.band() == null ? null : k.band().high());
        p.put("bandTolerance", k.band() == null ? null : k.band().tolerance());
        p.put("thresholdAmber", k.thresholds() == null ? null : k.thresholds().amber());
        p.put("thresholdGreen", k.thresholds() == null ? null : k.thresholds().green());
        p.put("thresholdBlue", k.thresholds() == null ? null : k.thresholds().blue());
        p.put("formula", k.formula());
        p.put("missingInputs", k.missingInputs());
        p.put("targetAggregation", k.targetAggregation());
        p.put("target", k.target());
        p.put("owner", k.owner());
        p.put("lead", k.lead());
        p.put("benchmark", k.benchmark());
        p.put("graceDays", k.graceDays());
        p.put("forecastMethod", k.forecast().method());
        p.put("forecastAlpha", k.forecast().alpha());
        p.put("forecastBeta", k.forecast().beta());
        return p;
    }

    private static Kpi map(ResultSet rs, int n) throws SQLException {
        BigDecimal bandLow = dec(rs, "band_low");
        BigDecimal bandHigh = dec(rs, "band_high");
        BigDecimal amber = dec(rs, "threshold_amber");
        BigDecimal green = dec(rs, "threshold_green");
        return new Kpi(rs.getLong("id"), rs.getLong("objective_id"), rs.getLong("scorecard_id"), rs.getString("code"),
                rs.getString("name"), rs.getString("description"), rs.getString("unit"), rs.getString("polarity"),
                rs.getString("frequency"), rs.getString("aggregation"), rs.getString("method"), dec(rs, "weight"),
                rs.getInt("position"), dec(rs, "baseline"), dec(rs, "min_value"), dec(rs, "max_value"),
                dec(rs, "red_flag"),
                bandLow == null && bandHigh == null ? null : new Kpi.Band(bandLow, bandHigh, dec(rs, "band_tolerance")),
                amber == null && green == null ? null : new Kpi.Thresholds(amber, green, dec(rs, "threshold_blue")),
                rs.getString("formula"), rs.getString("missing_inputs"), rs.getString("target_aggregation"),
                dec(rs, "default_target"), rs.getString("owner"), rs.getString("lead_lag"), dec(rs, "benchmark"),
                rs.getInt("grace_days"),
                new Kpi.Forecast(rs.getString("forecast_method"), dec(rs, "forecast_alpha"), dec(rs, "forecast_beta")),
                rs.getBoolean("retired"), rs.getLong("version"));
    }

    private static BigDecimal dec(ResultSet rs, String column) throws SQLException {
        return Decimals.normalised(rs.getBigDecimal(column));
    }
}
