package dev.fourfold.audit;

import dev.fourfold.shared.Actor;
import dev.fourfold.shared.CopyText;
import dev.fourfold.shared.PageRequest;
import dev.fourfold.shared.PageResponse;
import dev.fourfold.shared.Where;
import dev.fourfold.storage.ColumnArrays;
import dev.fourfold.storage.PostgresCopy;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Appends change-log rows and reads them back; there is no update or delete. */
@Repository
class ChangeLogRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final PostgresCopy copy;

    ChangeLogRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.copy = new PostgresCopy(batch);
    }

    /**
     * One row: one changed field of a record (all null for an action without field values), or several in the
     * text of {@code newValue} ({@link CompactChanges}, {@code entries} more than one).
     */
    record Row(String entity, long entityId, String action, @Nullable String field, @Nullable String oldValue,
               @Nullable String newValue, @Nullable Long scorecardId, int entries) {
    }

    /** Inserts the rows in their order, all by the actor at the same time: {@code COPY} on PostgreSQL, else one statement. */
    void insertAll(List<Row> rows, Actor actor, Instant at) {
        if (rows.isEmpty() || copy.into(COLUMNS, () -> copyText(rows, actor, at))) {
            return;
        }
        new ColumnArrays<Row>("change_log")
                .shared("changed_at", "timestamp with time zone", at.atOffset(ZoneOffset.UTC))
                .shared("actor", "varchar(200)", actor.name())
                .shared("source", "varchar(10)", actor.source().key())
                .column("entity", "varchar(40)", String.class, Row::entity)
                .column("entity_id", "bigint", Long.class, Row::entityId)
                .column("action", "varchar(10)", String.class, Row::action)
                .column("field", "varchar(60)", String.class, Row::field)
                .column("old_value", "varchar(4000)", String.class, Row::oldValue)
                .column("new_value", "varchar(4000)", String.class, Row::newValue)
                .column("scorecard_id", "bigint", Long.class, Row::scorecardId)
                .column("entries", "int", Integer.class, Row::entries)
                .insert(batch, rows);
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
        long total = jdbc.sql("select coalesce(sum(entries), 0) from change_log" + where.sql()).params(where.params())
                .query(Long.class).single();
        // each row stands for at least one entry, so the page's entries lie in the newest offset + size rows
        List<ChangeEntry> items = new ArrayList<>(page.size());
        jdbc.sql("select * from (select c.*, sum(entries) over (order by id desc) - entries as skipped from "
                        + "(select * from change_log" + where.sql() + " order by id desc limit :rows) c) t "
                        + "where skipped < :end and skipped + entries > :offset order by id desc")
                .params(where.params()).param("rows", page.offset() + page.size())
                .param("end", page.offset() + page.size()).param("offset", page.offset())
                .query((RowCallbackHandler) rs -> {
                    long skipped = rs.getLong("skipped");
                    for (ChangeEntry e : entries(rs)) {
                        if (skipped >= page.offset() && items.size() < page.size()) {
                            items.add(e);
                        }
                        skipped++;
                    }
                });
        return new PageResponse<>(items, page.page(), page.size(), total);
    }

    /** The entries a row stands for, newest first as the log lists them. */
    private static List<ChangeEntry> entries(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        Instant at = rs.getTimestamp("changed_at").toInstant();
        String actor = rs.getString("actor");
        String source = rs.getString("source");
        String entity = rs.getString("entity");
        long entityId = rs.getLong("entity_id");
        String action = rs.getString("action");
        Long scorecardId = rs.getObject("scorecard_id", Long.class);
        if (rs.getInt("entries") == 1) {
            return List.of(new ChangeEntry(id, at, actor, source, entity, entityId, action, rs.getString("field"),
                    rs.getString("old_value"), rs.getString("new_value"), scorecardId));
        }
        List<CompactChanges.Field> fields = CompactChanges.decode(rs.getString("new_value"));
        List<ChangeEntry> out = new ArrayList<>(fields.size());
        for (int i = fields.size() - 1; i >= 0; i--) {
            CompactChanges.Field f = fields.get(i);
            out.add(new ChangeEntry(id + i, at, actor, source, entity, entityId, action, f.name(), f.oldValue(),
                    f.newValue(), scorecardId));
        }
        return out;
    }

    private static final String COLUMNS = "change_log (changed_at, actor, source, entity, entity_id, action, field, "
            + "old_value, new_value, scorecard_id, entries)";

    private static CopyText copyText(List<Row> rows, Actor actor, Instant at) {
        CopyText text = new CopyText(rows.size());
        for (Row r : rows) {
            text.time(at).text(actor.name()).text(actor.source().key()).text(r.entity()).number(r.entityId())
                    .text(r.action()).text(r.field()).text(r.oldValue()).text(r.newValue()).number(r.scorecardId())
                    .number(r.entries()).end();
        }
        return text;
    }
}
