package dev.fourfold.audit;

import dev.fourfold.shared.Actor;
import dev.fourfold.shared.CopyText;
import dev.fourfold.shared.PageRequest;
import dev.fourfold.shared.PageResponse;
import dev.fourfold.shared.Where;
import dev.fourfold.storage.PostgresCopy;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Appends change-log rows and reads them back; there is no update or delete. */
@Repository
class ChangeLogRepository {

    private static final String INSERT = """
            insert into change_log (changed_at, actor, source, entity, entity_id, action, field, old_value, new_value,
              scorecard_id)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    /** Rows per JDBC batch. */
    private static final int CHUNK = 1_000;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final PostgresCopy copy;

    ChangeLogRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.copy = new PostgresCopy(batch);
    }

    /** One changed field of a record (all null for an action without field values). */
    record Row(String entity, long entityId, String action, @Nullable String field, @Nullable String oldValue,
               @Nullable String newValue, @Nullable Long scorecardId) {
    }

    /**
     * Inserts the rows in JDBC batches, all by the actor at the same time. Every parameter is set with its type, so
     * that a null never makes the driver ask the database for the column's type.
     */
    void insertAll(List<Row> rows, Actor actor, Instant at) {
        if (rows.isEmpty()) {
            return;
        }
        if (copy.into(COLUMNS, () -> copyText(rows, actor, at))) {
            return;
        }
        Timestamp changedAt = Timestamp.from(at);
        batch.batchUpdate(INSERT, rows, CHUNK, (ps, r) -> {
            ps.setTimestamp(1, changedAt);
            ps.setString(2, actor.name());
            ps.setString(3, actor.source().key());
            ps.setString(4, r.entity());
            ps.setLong(5, r.entityId());
            ps.setString(6, r.action());
            ps.setString(7, r.field());
            ps.setString(8, r.oldValue());
            ps.setString(9, r.newValue());
            if (r.scorecardId() == null) {
                ps.setNull(10, Types.BIGINT);
            } else {
                ps.setLong(10, r.scorecardId());
            }
        });
    }

    /** The entries matching the filter, newest first. */
    PageResponse<ChangeEntry> find(ChangeLog.Filter filter, PageRequest page) {
        Where where = new Where()
                .and("entity = :entity", "entity", filter.entity())
                .and("entity_id = :entityId", "entityId", filter.entityId())
                .and("actor = :actor", "actor", filter.actor())
                .and("scorecard_id = :sc", "sc", filter.scorecardId())
                .visible("scorecard_id", "readable", filter.readableScorecards())
                .and("changed_at >= :from", "from", filter.from(), Timestamp::from)
                .and("changed_at < :to", "to", filter.to(), Timestamp::from);
        long total = jdbc.sql("select count(*) from change_log" + where.sql()).params(where.params()).query(Long.class).single();
        List<ChangeEntry> items = jdbc.sql("select * from change_log" + where.sql() + " order by id desc limit :limit offset :offset")
                .params(where.params()).param("limit", page.size()).param("offset", page.offset())
                .query(ChangeLogRepository::row).list();
        return new PageResponse<>(items, page.page(), page.size(), total);
    }

    private static ChangeEntry row(ResultSet rs, int n) throws SQLException {
        return new ChangeEntry(rs.getLong("id"), rs.getTimestamp("changed_at").toInstant(), rs.getString("actor"),
                rs.getString("source"), rs.getString("entity"), rs.getLong("entity_id"), rs.getString("action"),
                rs.getString("field"), rs.getString("old_value"), rs.getString("new_value"),
                (Long) rs.getObject("scorecard_id", Long.class));
    }

    private static final String COLUMNS = "change_log (changed_at, actor, source, entity, entity_id, action, field, "
            + "old_value, new_value, scorecard_id)";

    private static CopyText copyText(List<Row> rows, Actor actor, Instant at) {
        CopyText text = new CopyText(rows.size());
        for (Row r : rows) {
            text.time(at).text(actor.name()).text(actor.source().key()).text(r.entity()).number(r.entityId())
                    .text(r.action()).text(r.field()).text(r.oldValue()).text(r.newValue()).number(r.scorecardId()).end();
        }
        return text;
    }
}
