package dev.fourfold.kpi;

import dev.fourfold.shared.Actor;
import dev.fourfold.shared.Decimals;
import dev.fourfold.shared.PageRequest;
import dev.fourfold.shared.PageResponse;
import dev.fourfold.shared.Where;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Current targets and their revisions. */
@Repository
class TargetRepository {

    private static final String SELECT = "select t.*, k.code from target t join kpi k on k.id = t.kpi_id";
    private static final RowMapper<Target> ROW = (rs, n) -> new Target(rs.getLong("id"), rs.getLong("kpi_id"),
            rs.getString("code"), rs.getString("period"), Decimals.normalised(rs.getBigDecimal("amount")),
            rs.getString("reason"), rs.getInt("revision"), rs.getString("set_by"),
            rs.getTimestamp("set_at").toInstant(), rs.getString("source"), rs.getLong("version"));

    private final JdbcClient jdbc;

    TargetRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Target> find(long id) {
        return jdbc.sql(SELECT + " where t.id = :id").param("id", id).query(ROW).optional();
    }

    Optional<Target> find(long kpiId, String period) {
        return jdbc.sql(SELECT + " where t.kpi_id = :k and t.period = :p").param("k", kpiId).param("p", period)
                .query(ROW).optional();
    }

    long countForKpi(long kpiId) {
        return jdbc.sql("select count(*) from target where kpi_id = :k").param("k", kpiId).query(Long.class).single();
    }

    /** Explicit targets of one KPI in period order. */
    List<Target> allOf(long kpiId) {
        return jdbc.sql(SELECT + " where t.kpi_id = :k order by t.period_start").param("k", kpiId).query(ROW).list();
    }

    /** Explicit targets of many KPIs, in one query. */
    List<Target> allOf(java.util.Collection<Long> kpiIds) {
        if (kpiIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where t.kpi_id in (:ids) order by t.kpi_id, t.period_start").param("ids", kpiIds)
                .query(ROW).list();
    }

    PageResponse<Target> list(TargetService.Filter f, PageRequest page) {
        if (f.readableScorecards().isNone()) {
            return new PageResponse<>(List.of(), page.page(), page.size(), 0);
        }
        Where where = new Where()
                .and("t.kpi_id = :k", "k", f.kpiId())
                .visible("k.scorecard_id", "readable", f.readableScorecards())
                .and("k.scorecard_id = :sc", "sc", f.scorecardId())
                .and("t.period_start >= :from", "from", f.from(), Date::valueOf)
                .and("t.period_start <= :to", "to", f.to(), Date::valueOf);
        long total = jdbc.sql("select count(*) from target t join kpi k on k.id = t.kpi_id" + where.sql()).params(where.params())
                .query(Long.class).single();
        List<Target> items = jdbc.sql(SELECT + where.sql() + " order by k.code_key, t.period_start limit :limit offset :offset")
                .params(where.params()).param("limit", page.size()).param("offset", page.offset()).query(ROW).list();
        return new PageResponse<>(items, page.page(), page.size(), total);
    }

    List<TargetRevision> revisions(long kpiId, String period) {
        return jdbc.sql("select * from target_revision where kpi_id = :k and period = :p order by revision")
                .param("k", kpiId).param("p", period)
                .query((rs, n) -> new TargetRevision(rs.getLong("kpi_id"), rs.getString("period"), rs.getInt("revision"),
                        Decimals.normalised(rs.getBigDecimal("amount")), rs.getString("reason"), rs.getString("set_by"),
                        rs.getTimestamp("set_at").toInstant(), rs.getString("source")))
                .list();
    }

    int lastRevision(long kpiId, String period) {
        return jdbc.sql("select coalesce(max(revision), 0) from target_revision where kpi_id = :k and period = :p")
                .param("k", kpiId).param("p", period).query(Integer.class).single();
    }

    void insert(long kpiId, String period, LocalDate start, BigDecimal value, String reason, int revision, Actor actor, Instant now) {
        jdbc.sql("""
                        insert into target (kpi_id, period, period_start, amount, reason, revision, set_by, set_at, source)
                        values (:k, :p, :start, :v, :reason, :rev, :by, :at, :src)""")
                .param("k", kpiId).param("p", period).param("start", Date.valueOf(start)).param("v", value)
                .param("reason", reason).param("rev", revision).param("by", actor.name()).param("at", Timestamp.from(now))
                .param("src", actor.source().key()).update();
    }

    boolean update(long id, BigDecimal value, String reason, int revision, long version, Actor actor, Instant now) {
        return jdbc.sql("""
                        update target set amount = :v, reason = :reason, revision = :rev, set_by = :by, set_at = :at,
                          source = :src, version = version + 1 where id = :id and version = :version""")
                .param("v", value).param("reason", reason).param("rev", revision).param("by", actor.name())
                .param("at", Timestamp.from(now)).param("src", actor.source().key()).param("id", id)
                .param("version", version).update() == 1;
    }

    void delete(long id) {
        jdbc.sql("delete from target where id = :id").param("id", id).update();
    }

    void insertRevision(long kpiId, String period, int revision, BigDecimal value, String reason, Actor actor, Instant now) {
        jdbc.sql("""
                        insert into target_revision (kpi_id, period, revision, amount, reason, set_by, set_at, source)
                        values (:k, :p, :rev, :v, :reason, :by, :at, :src)""")
                .param("k", kpiId).param("p", period).param("rev", revision).param("v", value).param("reason", reason)
                .param("by", actor.name()).param("at", Timestamp.from(now)).param("src", actor.source().key()).update();
    }
}
