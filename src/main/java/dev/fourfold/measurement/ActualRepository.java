package dev.fourfold.measurement;

import dev.fourfold.shared.Actor;
import dev.fourfold.shared.Batches;
import dev.fourfold.shared.CopyText;
import dev.fourfold.shared.Decimals;
import dev.fourfold.shared.PageRequest;
import dev.fourfold.shared.PageResponse;
import dev.fourfold.shared.ValueKey;
import dev.fourfold.shared.Visibility;
import dev.fourfold.shared.Where;
import dev.fourfold.storage.ColumnArrays;
import dev.fourfold.storage.PostgresCopy;
import dev.fourfold.storage.ValueLookup;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
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

    /** Rows per JDBC batch. */
    private static final int CHUNK = 1_000;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final PostgresCopy copy;

    ActualRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.copy = new PostgresCopy(batch);
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

    PageResponse<Actual> list(ActualService.Filter f, Visibility readable, PageRequest page) {
        if (readable.isNone()) {
            return new PageResponse<>(List.of(), page.page(), page.size(), 0);
        }
        Where where = new Where()
                .and("a.kpi_id = :k", "k", f.kpiId())
                .and("k.scorecard_id = :sc", "sc", f.scorecardId())
                .and("a.state = :state", "state", f.state())
                .visible("k.scorecard_id", "readable", readable)
                .and("a.period_start >= :from", "from", f.from(), Date::valueOf)
                .and("a.period_start <= :to", "to", f.to(), Date::valueOf);
        String from = " from actual_value a join kpi k on k.id = a.kpi_id";
        long total = jdbc.sql("select count(*)" + from + where.sql()).params(where.params()).query(Long.class).single();
        List<Actual> items = jdbc.sql(SELECT + where.sql() + " order by k.code_key, a.period_start limit :limit offset :offset")
                .params(where.params()).param("limit", page.size()).param("offset", page.offset()).query(ROW).list();
        return new PageResponse<>(items, page.page(), page.size(), total);
    }

    /**
     * Every version of a value, oldest first: the superseded ones from {@code actual_revision} and the current one
     * from {@code actual_value} (view {@code actual_history}).
     */
    List<ActualRevision> revisions(long kpiId, String period) {
        return jdbc.sql("select * from actual_history where kpi_id = :k and period = :p order by revision")
                .param("k", kpiId).param("p", period)
                .query((rs, n) -> new ActualRevision(rs.getLong("kpi_id"), rs.getString("period"), rs.getInt("revision"),
                        Decimals.normalised(rs.getBigDecimal("amount")), state(rs.getString("state")), rs.getString("comment"),
                        rs.getString("source"), rs.getString("changed_by"), rs.getTimestamp("changed_at").toInstant()))
                .list();
    }

    /** The stored values of these KPIs and periods, read in a few queries. */
    Map<ValueKey, Actual> current(Collection<ValueKey> keys) {
        return ValueLookup.lookup(jdbc, keys, SELECT + " where a.kpi_id in (:k) and a.period between :first and :last", ROW,
                a -> new ValueKey(a.kpiId(), a.period()), a -> a);
    }

    /** The quartiles of the KPIs' stored values, for the KPIs with at least {@code least} values; 500 KPIs a query. */
    Map<Long, Spread> spreads(Collection<Long> kpiIds, int least) {
        Map<Long, Spread> spreads = new java.util.HashMap<>();
        List<Long> ids = List.copyOf(kpiIds);
        for (int from = 0; from < ids.size(); from += 500) {
            jdbc.sql("select kpi_id, count(*) n, percentile_cont(0.25) within group (order by amount) q1, "
                            + "percentile_cont(0.75) within group (order by amount) q3 from actual_value "
                            + "where kpi_id in (:ids) group by kpi_id having count(*) >= :least")
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + 500))).param("least", least)
                    .query((rs, n) -> new Spread(rs.getLong("kpi_id"), rs.getInt("n"), rs.getBigDecimal("q1"),
                            rs.getBigDecimal("q3")))
                    .list().forEach(s -> spreads.put(s.kpiId(), s));
        }
        return spreads;
    }

    /**
     * The last superseded revision numbers of these KPIs and periods, where they have any: those of deleted values,
     * for a value created again to go on from.
     */
    Map<ValueKey, Integer> lastRevisions(Collection<ValueKey> keys) {
        return ValueLookup.lastRevisions(jdbc, "actual_revision", keys);
    }

    /** A value to write: what it is and its revision number. */
    record Row(long kpiId, String period, @Nullable LocalDate periodStart, @Nullable BigDecimal value,
               @Nullable ActualState state, String comment, int revision) {

        /** The stored key of the state; none for the revision that records a deletion. */
        @Nullable String stateKey() {
            return state == null ? null : state.key();
        }
    }

    private static @Nullable ActualState state(@Nullable String key) {
        return key == null ? null : ActualState.fromKey(key);
    }

    /**
     * Inserts the values, all entered by the actor at the same time, and returns their ids: on PostgreSQL with ids
     * drawn beforehand and {@code COPY}, else in one statement that returns them.
     */
    Map<ValueKey, Long> insertAll(List<Row> rows, Actor actor, Instant now) {
        Map<ValueKey, Long> ids = new HashMap<>(rows.size() * 2);
        if (rows.isEmpty()) {
            return ids;
        }
        if (copy.available()) {
            long[] drawn = copy.nextIds("actual_value", "id", rows.size());
            copy.into(VALUE_COLUMNS, () -> copyText(rows, drawn, actor, now));
            for (int i = 0; i < rows.size(); i++) {
                ids.put(new ValueKey(rows.get(i).kpiId(), rows.get(i).period()), drawn[i]);
            }
            return ids;
        }
        new ColumnArrays<Row>("actual_value")
                .shared("source", "varchar(10)", actor.source().key())
                .shared("entered_by", "varchar(200)", actor.name())
                .shared("entered_at", "timestamp with time zone", now.atOffset(ZoneOffset.UTC))
                .column("kpi_id", "bigint", Long.class, Row::kpiId)
                .column("period", "varchar(10)", String.class, Row::period)
                .column("period_start", "date", LocalDate.class, Row::periodStart)
                .column("amount", "numeric(38, 12)", BigDecimal.class, Row::value)
                .column("state", "varchar(10)", String.class, Row::stateKey)
                .column("comment", "varchar(2000)", String.class, Row::comment)
                .column("revision", "int", Integer.class, Row::revision)
                .insertReturning(batch, rows, "id", "kpi_id", "period")
                .forEach(key -> ids.put(new ValueKey(((Number) key.get("kpi_id")).longValue(), (String) key.get("period")),
                        ((Number) key.get("id")).longValue()));
        return ids;
    }

    /** A change of a stored value: its id, what it becomes and the version it must still have. */
    record Change(long id, Row row, long version) {
    }

    /**
     * Updates the values in JDBC batches, each only if it still has the expected version; returns the ids of those
     * that had not.
     */
    List<Long> updateAll(List<Change> changes, Actor actor, Instant now) {
        Timestamp at = Timestamp.from(now);
        int[][] counts = batch.batchUpdate("""
                        update actual_value set amount = ?, state = ?, comment = ?, source = ?, entered_by = ?,
                          entered_at = ?, revision = ?, version = version + 1
                        where id = ? and version = ?""", changes, CHUNK, (ps, c) -> {
            ps.setBigDecimal(1, c.row().value());
            ps.setString(2, c.row().stateKey());
            ps.setString(3, c.row().comment());
            ps.setString(4, actor.source().key());
            ps.setString(5, actor.name());
            ps.setTimestamp(6, at);
            ps.setInt(7, c.row().revision());
            ps.setLong(8, c.id());
            ps.setLong(9, c.version());
        });
        return Batches.missed(counts, changes, Change::id);
    }

    void delete(long id) {
        jdbc.sql("delete from actual_value where id = :id").param("id", id).update();
    }

    /**
     * Appends versions that are no longer current — values replaced or deleted, and the null version that records a
     * deletion — each with who wrote it and when: {@code COPY} on PostgreSQL, else one statement.
     */
    void insertRevisions(List<ActualRevision> revisions) {
        if (revisions.isEmpty() || copy.into(REVISION_COLUMNS, () -> copyText(revisions))) {
            return;
        }
        new ColumnArrays<ActualRevision>("actual_revision")
                .column("kpi_id", "bigint", Long.class, ActualRevision::kpiId)
                .column("period", "varchar(10)", String.class, ActualRevision::period)
                .column("revision", "int", Integer.class, ActualRevision::revision)
                .column("amount", "numeric(38, 12)", BigDecimal.class, ActualRevision::value)
                .column("state", "varchar(10)", String.class, r -> r.state() == null ? null : r.state().key())
                .column("comment", "varchar(2000)", String.class, ActualRevision::comment)
                .column("source", "varchar(10)", String.class, ActualRevision::source)
                .column("changed_by", "varchar(200)", String.class, ActualRevision::changedBy)
                .column("changed_at", "timestamp with time zone", OffsetDateTime.class,
                        r -> r.changedAt().atOffset(ZoneOffset.UTC))
                .insert(batch, revisions);
    }

    private static final String VALUE_COLUMNS = "actual_value (id, kpi_id, period, period_start, amount, state, comment, "
            + "source, entered_by, entered_at, revision)";
    private static final String REVISION_COLUMNS = "actual_revision (kpi_id, period, revision, amount, state, comment, "
            + "source, changed_by, changed_at)";

    /** The values with their ids for {@code COPY} ({@link #VALUE_COLUMNS}), all entered by the actor at the same time. */
    private static CopyText copyText(List<Row> rows, long[] ids, Actor actor, Instant now) {
        CopyText text = new CopyText(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            text.number(ids[i]).number(r.kpiId()).text(r.period()).date(r.periodStart()).decimal(r.value()).text(r.stateKey())
                    .text(r.comment()).text(actor.source().key()).text(actor.name()).time(now).number(r.revision()).end();
        }
        return text;
    }

    /** The revisions for {@code COPY} ({@link #REVISION_COLUMNS}). */
    private static CopyText copyText(List<ActualRevision> revisions) {
        CopyText text = new CopyText(revisions.size());
        for (ActualRevision r : revisions) {
            text.number(r.kpiId()).text(r.period()).number(r.revision()).decimal(r.value())
                    .text(r.state() == null ? null : r.state().key()).text(r.comment()).text(r.source())
                    .text(r.changedBy()).time(r.changedAt()).end();
        }
        return text;
    }
}
