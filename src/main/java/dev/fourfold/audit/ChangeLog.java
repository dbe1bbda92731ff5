package dev.fourfold.audit;

import dev.fourfold.shared.Actor;
import dev.fourfold.shared.PageRequest;
import dev.fourfold.shared.PageResponse;
import dev.fourfold.shared.Visibility;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;

/**
 * Records changes, field by field, in an append-only log. Callers describe a record as an ordered map of field
 * name to value (a snapshot); the log compares snapshots and keeps one entry per changed field, all the entries of
 * one change in one row where they fit. Nothing here updates or deletes an entry.
 */
@Service
public class ChangeLog {

    private static final int MAX_TEXT = 4000;

    private final ChangeLogRepository entries;
    private final Clock clock;

    ChangeLog(ChangeLogRepository entries, Clock clock) {
        this.entries = entries;
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

    /**
     * Records many changes in one batch, all stamped with the same time: one row per change, which stands for
     * one entry per changed field (see {@link CompactChanges}), or one row per field where they do not fit a row.
     */
    public void recordAll(List<Change> changes, Actor actor) {
        recordAll(changes, actor, clock.instant());
    }

    /** As {@link #recordAll(List, Actor)}, stamped with the given time (the time of the writing that made them). */
    public void recordAll(List<Change> changes, Actor actor, java.time.Instant at) {
        List<ChangeLogRepository.Row> rows = new ArrayList<>(changes.size());
        for (Change change : changes) {
            List<CompactChanges.Field> fields = diff(change);
            String compact = CompactChanges.encode(fields);
            if (compact != null) {
                rows.add(new ChangeLogRepository.Row(change.entity(), change.entityId(), change.action(), null, null,
                        compact, change.scorecardId(), fields.size()));
                continue;
            }
            for (CompactChanges.Field f : fields) {
                rows.add(new ChangeLogRepository.Row(change.entity(), change.entityId(), change.action(), f.name(),
                        f.oldValue(), f.newValue(), change.scorecardId(), 1));
            }
        }
        entries.insertAll(rows, actor, at);
    }

    private static List<CompactChanges.Field> diff(Change change) {
        Map<String, Object> fields = new LinkedHashMap<>(change.before());
        change.after().forEach(fields::putIfAbsent);
        List<CompactChanges.Field> out = new ArrayList<>();
        for (String field : fields.keySet()) {
            String before = text(change.before().get(field));
            String after = text(change.after().get(field));
            if (!Objects.equals(before, after)) {
                out.add(new CompactChanges.Field(field, before, after));
            }
        }
        if (out.isEmpty() && !"update".equals(change.action())) {
            out.add(new CompactChanges.Field(null, null, null));
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
        return entries.find(filter, page);
    }
}
