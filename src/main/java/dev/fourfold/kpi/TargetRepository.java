package dev.fourfold.kpi;

import dev.fourfold.shared.Actor;
import dev.fourfold.shared.Batches;
import dev.fourfold.shared.CopyText;
import dev.fourfold.shared.Decimals;
import dev.fourfold.shared.PageRequest;
import dev.fourfold.shared.PageResponse;
import dev.fourfold.shared.ValueKey;
import dev.fourfold.shared.Visibility;
import dev.fourfold.shared.Where;
import dev.fourfold.storage.PostgresCopy;
import dev.fourfold.storage.ValueLookup;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
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
            rs.getTimestamp("set_at").toInstant(), rs.getString("source"), rs.getLong("version"), rs.getString("series"));

    /** Rows per JDBC batch. */
    private static final int CHUNK = 1_000;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final PostgresCopy copy;

    TargetRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.copy = new PostgresCopy(batch);
    }

    Optional<Target> find(long id) {
        return jdbc.sql(SELECT + " where t.id = :id").param("id", id).query(ROW).optional();
    }

    Optional<Target> find(long kpiId, TargetSeries series, String period) {
        return jdbc.sql(SELECT + " where t.kpi_id = :k and t.series = :s and t.period = :p").param("k", kpiId)
                .param("s", series.key()).param("p", period).query(ROW).optional();
    }

    /** Counts the KPI's targets of every series: a budget is data of the KPI as much as a target. */
    long countForKpi(long kpiId) {
        return jdbc.sql("select count(*) from target where kpi_id = :k").param("k", kpiId).query(Long.class).single();
    }

    /** Explicit targets of one KPI in period order, every series. */
    List<Target> allOf(long kpiId) {
        return jdbc.sql(SELECT + " where t.kpi_id = :k order by t.period_start").param("k", kpiId).query(ROW).list();
    }

    /** Explicit targets of many KPIs, every series, in one query. */
    List<Target> allOf(java.util.Collection<Long> kpiIds) {
        if (kpiIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where t.kpi_id in (:ids) order by t.kpi_id, t.period_start").param("ids", kpiIds)
                .query(ROW).list();
    }

    PageResponse<Target> list(TargetService.Filter f, Visibility readable, PageRequest page) {
        if (readable.isNone()) {
            return new PageResponse<>(List.of(), page.page(), page.size(), 0);
        }
        Where where = new Where()
                .and("t.kpi_id = :k", "k", f.kpiId())
                .and("t.series = :series", "series", f.series().key())
                .visible("k.scorecard_id", "readable", readable)
                .and("k.scorecard_id = :sc", "sc", f.scorecardId())
                .and("t.period_start >= :from", "from", f.from(), Date::valueOf)
                .and("t.period_start <= :to", "to", f.to(), Date::valueOf);
        long total = jdbc.sql("select count(*) from target t join kpi k on k.id = t.kpi_id" + where.sql()).params(where.params())
                .query(Long.class).single();
        List<Target> items = jdbc.sql(SELECT + where.sql() + " order by k.code_key, t.period_start limit :limit offset :offset")
                .params(where.params()).param("limit", page.size()).param("offset", page.offset()).query(ROW).list();
        return new PageResponse<>(items, page.page(), page.size(), total);
    }

    List<TargetRevision> revisions(long kpiId, TargetSeries series, String period) {
        return jdbc.sql("select * from target_revision where kpi_id = :k and series = :s and period = :p order by revision")
                .param("k", kpiId).param("s", series.key()).param("p", period)
                .query((rs, n) -> new TargetRevision(rs.getLong("kpi_id"), rs.getString("period"), rs.getInt("revision"),
                        Decimals.normalised(rs.getBigDecimal("amount")), rs.getString("reason"), rs.getString("set_by"),
                        rs.getTimestamp("set_at").toInstant(), rs.getString("source"), rs.getString("series")))
                .list();
    }

    int lastRevision(long kpiId, TargetSeries series, String period) {
        return jdbc.sql("select coalesce(max(revision), 0) from target_revision where kpi_id = :k and series = :s"
                        + " and period = :p")
                .param("k", kpiId).param("s", series.key()).param("p", period).query(Integer.class).single();
    }

    /** The stored targets of one series for these KPIs and periods, read in a few queries. */
    Map<ValueKey, Target> current(Collection<ValueKey> keys, TargetSeries series) {
        return ValueLookup.lookup(jdbc, keys, SELECT + " where t.kpi_id in (:k) and t.period between :first and :last"
                        + " and t.series = '" + series.key() + "'", ROW, t -> new ValueKey(t.kpiId(), t.period()), t -> t);
    }

    /** The ids of the stored targets of one series for these KPIs and periods. */
    Map<ValueKey, Long> ids(Collection<ValueKey> keys, TargetSeries series) {
        return ValueLookup.lookup(jdbc, keys, "select id, kpi_id, period from target where kpi_id in (:k)"
                        + " and period between :first and :last and series = '" + series.key() + "'",
                (rs, n) -> Map.entry(new ValueKey(rs.getLong("kpi_id"), rs.getString("period")), rs.getLong("id")),
                Map.Entry::getKey, Map.Entry::getValue);
    }

    /**
     * The last revision numbers of one series for these KPIs and periods, where they have any (a deleted target
     * keeps its own).
     */
    Map<ValueKey, Integer> lastRevisions(Collection<ValueKey> keys, TargetSeries series) {
        return ValueLookup.lookup(jdbc, keys, "select kpi_id, period, max(revision) as revision from target_revision"
                        + " where kpi_id in (:k) and period between :first and :last and series = '" + series.key()
                        + "' group by kpi_id, period",
                (rs, n) -> Map.entry(new ValueKey(rs.getLong("kpi_id"), rs.getString("period")), rs.getInt("revision")),
                Map.Entry::getKey, Map.Entry::getValue);
    }

    /**
     * A target to write: its series, what it becomes and its revision number (a null value records a deletion). The
     * series is an enum constant: its key goes into SQL text as a literal where a lookup takes only the KPIs and
     * periods as parameters.
     */
    record Row(long kpiId, TargetSeries series, String period, @Nullable LocalDate periodStart,
               @Nullable BigDecimal value, @Nullable String reason, int revision) {
    }

    /** Inserts the targets in JDBC batches, all set by the actor at the same time. */
    void insertAll(List<Row> rows, Actor actor, Instant now) {
        if (rows.isEmpty() || copy.into(TARGET_COLUMNS, () -> copyText(rows, actor, now, true))) {
            return;
        }
        Timestamp at = Timestamp.from(now);
        batch.batchUpdate("""
                        insert into target (kpi_id, period, period_start, amount, reason, revision, set_by, set_at, source,
                          series)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows, CHUNK, (ps, r) -> {
            ps.setLong(1, r.kpiId());
            ps.setString(2, r.period());
            ps.setDate(3, Date.valueOf(r.periodStart()));
            ps.setBigDecimal(4, r.value());
            ps.setString(5, r.reason());
            ps.setInt(6, r.revision());
            ps.setString(7, actor.name());
            ps.setTimestamp(8, at);
            ps.setString(9, actor.source().key());
            ps.setString(10, r.series().key());
        });
    }

    /** A change of a stored target: its id, what it becomes and the version it must still have. */
    record Change(long id, Row row, long version) {
    }

    /** Updates the targets, each only if it still has the expected version; returns the ids of those that had not. */
    List<Long> updateAll(List<Change> changes, Actor actor, Instant now) {
        Timestamp at = Timestamp.from(now);
        int[][] counts = batch.batchUpdate("""
                        update target set amount = ?, reason = ?, revision = ?, set_by = ?, set_at = ?, source = ?,
                          version = version + 1
                        where id = ? and version = ?""", changes, CHUNK, (ps, c) -> {
            ps.setBigDecimal(1, c.row().value());
            ps.setString(2, c.row().reason());
            ps.setInt(3, c.row().revision());
            ps.setString(4, actor.name());
            ps.setTimestamp(5, at);
            ps.setString(6, actor.source().key());
            ps.setLong(7, c.id());
            ps.setLong(8, c.version());
        });
        return Batches.missed(counts, changes, Change::id);
    }

    void delete(long id) {
        jdbc.sql("delete from target where id = :id").param("id", id).update();
    }

    /** Appends the revisions in JDBC batches. */
    void insertRevisions(List<Row> rows, Actor actor, Instant now) {
        if (rows.isEmpty() || copy.into(REVISION_COLUMNS, () -> copyText(rows, actor, now, false))) {
            return;
        }
        Timestamp at = Timestamp.from(now);
        batch.batchUpdate("""
                        insert into target_revision (kpi_id, period, revision, amount, reason, set_by, set_at, source,
                          series)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows, CHUNK, (ps, r) -> {
            ps.setLong(1, r.kpiId());
            ps.setString(2, r.period());
            ps.setInt(3, r.revision());
            ps.setBigDecimal(4, r.value());
            ps.setString(5, r.reason());
            ps.setString(6, actor.name());
            ps.setTimestamp(7, at);
            ps.setString(8, actor.source().key());
            ps.setString(9, r.series().key());
        });
    }

    private static final String TARGET_COLUMNS = "target (kpi_id, period, revision, amount, reason, set_by, set_at, "
            + "source, series, period_start)";
    private static final String REVISION_COLUMNS = "target_revision (kpi_id, period, revision, amount, reason, set_by, "
            + "set_at, source, series)";

    /** The rows for {@code COPY}, as targets ({@link #TARGET_COLUMNS}) or as revisions ({@link #REVISION_COLUMNS}). */
    private static CopyText copyText(List<Row> rows, Actor actor, Instant now, boolean targets) {
        CopyText text = new CopyText(rows.size());
        for (Row r : rows) {
            text.number(r.kpiId()).text(r.period()).number(r.revision()).decimal(r.value()).text(r.reason())
                    .text(actor.name()).time(now).text(actor.source().key()).text(r.series().key());
            if (targets) {
                text.date(r.periodStart());
            }
            text.end();
        }
        return text;
    }
}
