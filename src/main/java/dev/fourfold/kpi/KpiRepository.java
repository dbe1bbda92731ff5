package dev.fourfold.kpi;

import dev.fourfold.shared.Names;
import dev.fourfold.shared.PageRequest;
import dev.fourfold.shared.PageResponse;
import dev.fourfold.shared.Visibility;
import dev.fourfold.shared.Where;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Reads and writes KPI rows and the formula-input table kept in step with them.
 *
 * <p>Two reads also join tables of the {@code scorecard} module: {@link #activeOfScorecard} and {@link #list} order
 * KPIs by the position of their perspective and objective, and {@link #list} filters by perspective and by unit.
 * They read {@code objective}, {@code perspective} and {@code scorecard} as a read model, never writing them, so that
 * ordering, filtering and paging stay one query rather than a merge in memory of every KPI with the scorecard
 * module's objectives.
 */
@Repository
class KpiRepository {

    private static final RowMapper<Kpi> ROW = KpiRows::map;


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

    /** Active KPIs of a scorecard in their order (perspective, objective, KPI): reads the scorecard module's tables. */
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

    /** A page of KPIs in scorecard, perspective, objective and KPI order: reads the scorecard module's tables. */
    PageResponse<Kpi> list(KpiService.Filter f, Visibility readable, PageRequest page) {
        if (readable.isNone()) {
            return new PageResponse<>(List.of(), page.page(), page.size(), 0);
        }
        Where where = new Where();
        if (!f.includeRetired()) {
            where.and("k.retired = false");
        }
        where.visible("k.scorecard_id", "readable", readable)
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

    /** The KPI, retired or not, that holds a code (compared ignoring case). */
    Optional<CodeHolder> codeHolder(String code) {
        return jdbc.sql("select id, scorecard_id, retired from kpi where code_key = :key").param("key", Names.key(code))
                .query((rs, n) -> new CodeHolder(rs.getLong("id"), rs.getLong("scorecard_id"),
                        rs.getBoolean("retired")))
                .optional();
    }

    /** Who holds a KPI code. */
    record CodeHolder(long id, long scorecardId, boolean retired) {
    }

    /** Every active KPI's code and formula (null for an entered KPI), for the formula graph of the organisation. */
    List<ActiveCode> activeCodes() {
        return jdbc.sql("select id, scorecard_id, code, formula from kpi where retired = false")
                .query((rs, n) -> new ActiveCode(rs.getLong("id"), rs.getLong("scorecard_id"), rs.getString("code"),
                        rs.getString("formula")))
                .list();
    }

    /** An active KPI as the formula graph sees it. */
    record ActiveCode(long id, long scorecardId, String code, String formula) {
    }

    long insert(Kpi k, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into kpi (" + KpiRows.COLUMNS + ", created_at, updated_at) values (" + KpiRows.VALUES
                        + ", :now, :now)")
                .params(KpiRows.params(k)).param("now", Timestamp.from(now)).update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Updates the row if it is still at {@code version}; returns whether it was. */
    boolean update(long id, Kpi k, long version, Instant now) {
        return jdbc.sql("update kpi set " + KpiRows.ASSIGNMENTS
                        + ", updated_at = :now, version = version + 1 where id = :id and version = :version")
                .params(KpiRows.params(k)).param("now", Timestamp.from(now)).param("id", id).param("version", version)
                .update() == 1;
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
}
