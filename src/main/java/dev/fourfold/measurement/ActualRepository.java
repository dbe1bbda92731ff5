package dev.fourfold.measurement;

import dev.fourfold.shared.Actor;
import dev.fourfold.shared.Decimals;
import dev.fourfold.shared.PageRequest;
import dev.fourfold.shared.PageResponse;
import dev.fourfold.shared.Where;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Current actual values ({@code actual_value}) and their revisions ({@code actual_revision}).
 * <p>
 * A read model as well: it reads the {@code kpi} table of the {@code kpi} module (its {@code id}, {@code code},
 * {@code code_key} and {@code scorecard_id}, never writing it). Every value is returned with its KPI's code, and the
 * list filters by the KPI's scorecard, limits to the scorecards the actor may read and sorts by KPI code, with paging
 * done by the database. Joining keeps that to one query per page; asking the kpi module instead would mean reading
 * every KPI of the readable scorecards on each list and matching codes in memory before paging.
 */
@Repository
class ActualRepository {

    private static final String SELECT = "select a.*, k.code from actual_value a join kpi k on k.id = a.kpi_id";
    private static final RowMapper<Actual> ROW = (rs, n) -> new Actual(rs.getLong("id"), rs.getLong("kpi_id"),
            rs.getString("code"), rs.getString("period"), Decimals.normalised(rs.getBigDecimal("amount")),
            ActualState.fromKey(rs.getString("state")), rs.getString("comment"), rs.getString("source"), rs.getString("entered_by"),
            rs.getTimestamp("entered_at").toInstant(), rs.getInt("revision"), rs.getLong("version"));

    private final JdbcClient jdbc;

    ActualRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Actual> find(long id) {
        return jdbc.sql(SELECT + " where a.id = :id").param("id", id).query(ROW).optional();
    }

    Optional<Actual> find(long kpiId, String period) {
        return jdbc.sql(SELECT + " where a.kpi_id = :k and a.period = :p").param("k", kpiId).param("p", period)
                .query(ROW).optional();
    }

    boolean any(long kpiId) {
        return jdbc.sql("select count(*) from actual_value where kpi_id = :k").param("k", kpiId).query(Long.class).single() > 0;
    }

    /** Every value (any state) of the given KPIs, in period order. */
    List<Actual> allOf(Collection<Long> kpiIds) {
        if (kpiIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where a.kpi_id in (:ids) order by a.kpi_id, a.period_start").param("ids", kpiIds)
                .query(ROW).list();
    }

    PageResponse<Actual> list(ActualService.Filter f, PageRequest page) {
        if (f.readableScorecards().isNone()) {
            return new PageResponse<>(List.of(), page.page(), page.size(), 0);
        }
        Where where = new Where()
                .and("a.kpi_id = :k", "k", f.kpiId())
                .and("k.scorecard_id = :sc", "sc", f.scorecardId())
                .and("a.state = :state", "state", f.state())
                .visible("k.scorecard_id", "readable", f.readableScorecards())
                .and("a.period_start >= :from", "from", f.from(), Date::valueOf)
                .and("a.period_start <= :to", "to", f.to(), Date::valueOf);
        String from = " from actual_value a join kpi k on k.id = a.kpi_id";
        long total = jdbc.sql("select count(*)" + from + where.sql()).params(where.params()).query(Long.class).single();
        List<Actual> items = jdbc.sql(SELECT + where.sql() + " order by k.code_key, a.period_start limit :limit offset :offset")
                .params(where.params()).param("limit", page.size()).param("offset", page.offset()).query(ROW).list();
        return new PageResponse<>(items, page.page(), page.size(), total);
    }

    List<ActualRevision> revisions(long kpiId, String period) {
        return jdbc.sql("select * from actual_revision where kpi_id = :k and period = :p order by revision")
                .param("k", kpiId).param("p", period)
                .query((rs, n) -> new ActualRevision(rs.getLong("kpi_id"), rs.getString("period"), rs.getInt("revision"),
                        Decimals.normalised(rs.getBigDecimal("amount")), state(rs.getString("state")), rs.getString("comment"),
                        rs.getString("source"), rs.getString("changed_by"), rs.getTimestamp("changed_at").toInstant()))
                .list();
    }

    int lastRevision(long kpiId, String period) {
        return jdbc.sql("select coalesce(max(revision), 0) from actual_revision where kpi_id = :k and period = :p")
                .param("k", kpiId).param("p", period).query(Integer.class).single();
    }

    /** A value to write: what it is and its revision number. */
    record Row(long kpiId, String period, java.time.LocalDate periodStart, java.math.BigDecimal value,
               @Nullable ActualState state, String comment, int revision) {

        /** The stored key of the state; none for the revision that records a deletion. */
        @Nullable String stateKey() {
            return state == null ? null : state.key();
        }
    }

    private static @Nullable ActualState state(@Nullable String key) {
        return key == null ? null : ActualState.fromKey(key);
    }

    void insert(Row r, Actor actor, Instant now) {
        jdbc.sql("""
                        insert into actual_value (kpi_id, period, period_start, amount, state, comment, source, entered_by,
                          entered_at, revision)
                        values (:k, :p, :start, :v, :state, :comment, :src, :by, :at, :rev)""")
                .param("k", r.kpiId()).param("p", r.period()).param("start", Date.valueOf(r.periodStart()))
                .param("v", r.value()).param("state", r.stateKey()).param("comment", r.comment())
                .param("src", actor.source().key()).param("by", actor.name()).param("at", Timestamp.from(now))
                .param("rev", r.revision()).update();
    }

    boolean update(long id, Row r, long version, Actor actor, Instant now) {
        return jdbc.sql("""
                        update actual_value set amount = :v, state = :state, comment = :comment, source = :src,
                          entered_by = :by, entered_at = :at, revision = :rev, version = version + 1
                        where id = :id and version = :version""")
                .param("v", r.value()).param("state", r.stateKey()).param("comment", r.comment())
                .param("src", actor.source().key()).param("by", actor.name()).param("at", Timestamp.from(now))
                .param("rev", r.revision()).param("id", id).param("version", version).update() == 1;
    }

    void delete(long id) {
        jdbc.sql("delete from actual_value where id = :id").param("id", id).update();
    }

    void insertRevision(Row r, Actor actor, Instant now) {
        jdbc.sql("""
                        insert into actual_revision (kpi_id, period, revision, amount, state, comment, source, changed_by,
                          changed_at)
                        values (:k, :p, :rev, :v, :state, :comment, :src, :by, :at)""")
                .param("k", r.kpiId()).param("p", r.period()).param("rev", r.revision()).param("v", r.value())
                .param("state", r.stateKey()).param("comment", r.comment()).param("src", actor.source().key())
                .param("by", actor.name()).param("at", Timestamp.from(now)).update();
    }
}
