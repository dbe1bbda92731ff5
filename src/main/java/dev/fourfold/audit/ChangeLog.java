package dev.fourfold.audit;

import dev.fourfold.shared.Visibility;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.PageRequest;
import dev.fourfold.shared.PageResponse;
import dev.fourfold.shared.Where;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Records changes, field by field, in an append-only log. Callers describe a record as an ordered map of field
 * name to value (a snapshot); the log compares snapshots and writes one entry per changed field. Nothing here
 * updates or deletes an entry.
 */
@Service
public class ChangeLog {

    private static final String INSERT = """
            insert into change_log (changed_at, actor, source, entity, entity_id, action, field, old_value, new_value,
              scorecard_id)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final int MAX_TEXT = 4000;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final Clock clock;

    ChangeLog(JdbcClient jdbc, JdbcTemplate batch, Clock clock) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.clock = clock;
    }

    /**
     * A change to record; build with {@link #created}, {@link #updated}, {@link #deleted} or {@link #action}, and
     * say which scorecard it belongs to with {@link #in} (organisation-wide changes have none).
     */
    public record Change(String entity, long entityId, String action, Map<String, ?> before, Map<String, ?> after,
                         Long scorecardId) {

        public Change(String entity, long entityId, String action, Map<String, ?> before, Map<String, ?> after) {
            this(entity, entityId, action, before, after, null);
        }

        /** The same change, belonging to a scorecard. */
        public Change in(long scorecard) {
            return new Change(entity, entityId, action, before, after, scorecard);
        }
    }

    public static Change created(String entity, long id, Map<String, ?> after) {
        return new Change(entity, id, "create", Map.of(), after);
    }

    public static Change updated(String entity, long id, Map<String, ?> before, Map<String, ?> after) {
        return new Change(entity, id, "update", before, after);
    }

    public static Change deleted(String entity, long id, Map<String, ?> before) {
        return new Change(entity, id, "delete", before, Map.of());
    }

    /** A change of state without field values, such as {@code retire} or {@code restore}. */
    public static Change action(String entity, long id, String action) {
        return new Change(entity, id, action, Map.of(), Map.of());
    }

    public void record(Change change, Actor actor) {
        recordAll(List.of(change), actor);
    }

    /** Records many changes in one batch, all stamped with the same time. */
    public void recordAll(List<Change> changes, Actor actor) {
        Timestamp now = Timestamp.from(clock.instant());
        List<Object[]> rows = new ArrayList<>();
        for (Change change : changes) {
            for (FieldChange fc : diff(change)) {
                rows.add(new Object[] {now, actor.name(), actor.source().key(), change.entity(), change.entityId(),
                        change.action(), fc.field(), fc.oldValue(), fc.newValue(), change.scorecardId()});
            }
        }
        if (!rows.isEmpty()) {
            batch.batchUpdate(INSERT, rows);
        }
    }

    private record FieldChange(String field, String oldValue, String newValue) {
    }

    private static List<FieldChange> diff(Change change) {
        Map<String, Object> fields = new LinkedHashMap<>(change.before());
        change.after().forEach(fields::putIfAbsent);
        List<FieldChange> out = new ArrayList<>();
        for (String field : fields.keySet()) {
            String before = text(change.before().get(field));
            String after = text(change.after().get(field));
            if (!Objects.equals(before, after)) {
                out.add(new FieldChange(field, before, after));
            }
        }
        if (out.isEmpty() && !"update".equals(change.action())) {
            out.add(new FieldChange(null, null, null));
        }
        return out;
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        String s = value instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : value.toString();
        return s.length() > MAX_TEXT ? s.substring(0, MAX_TEXT - 1) + "…" : s;
    }

    /**
     * Filters of the change log; every part is optional. {@code readableScorecards} limits the
     * entries to changes of those scorecards (what a user who is not an administrator may see).
     */
    public record Filter(String entity, Long entityId, String actor, Instant from, Instant to, Long scorecardId,
                         Visibility readableScorecards) {
    }

    public PageResponse<ChangeEntry> find(Filter filter, PageRequest page) {
        if (filter.readableScorecards().isNone()) {
            return new PageResponse<>(List.of(), page.page(), page.size(), 0);
        }
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
                .query((rs, n) -> new ChangeEntry(rs.getLong("id"), rs.getTimestamp("changed_at").toInstant(),
                        rs.getString("actor"), rs.getString("source"), rs.getString("entity"), rs.getLong("entity_id"),
                        rs.getString("action"), rs.getString("field"), rs.getString("old_value"), rs.getString("new_value"),
                        (Long) rs.getObject("scorecard_id", Long.class)))
                .list();
        return new PageResponse<>(items, page.page(), page.size(), total);
    }
}
