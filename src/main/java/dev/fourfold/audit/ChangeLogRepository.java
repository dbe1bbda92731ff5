package dev.fourfold.audit;

import dev.fourfold.shared.Actor;
import dev.fourfold.shared.PageRequest;
import dev.fourfold.shared.PageResponse;
import dev.fourfold.shared.Where;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
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

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    ChangeLogRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** One changed field of a record (all null for an action without field values). */
    record Row(String entity, long entityId, String action, @Nullable String field, @Nullable String oldValue,
               @Nullable String newValue, @Nullable Long scorecardId) {
    }

    /** Inserts the rows in one batch, all by the actor at the same time. */
    void insertAll(List<Row> rows, Actor actor, Instant at) {
        if (rows.isEmpty()) {
            return;
        }
        Timestamp changedAt = Timestamp.from(at);
        batch.batchUpdate(INSERT, rows.stream().map(r -> new Object[] {changedAt, actor.name(), actor.source().key(),
                r.entity(), r.entityId(), r.action(), r.field(), r.oldValue(), r.newValue(), r.scorecardId()}).toList());
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
}
