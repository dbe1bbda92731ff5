package dev.fourfold.measurement;

import dev.fourfold.shared.Actor;
import dev.fourfold.shared.ValueKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The actual-value table and its replaced versions in memory, with the stored version checked on update as the SQL does. */
class InMemoryActuals extends ActualRepository {

    private final Map<Long, Actual> rows = new LinkedHashMap<>();
    private final List<ActualRevision> revisions = new ArrayList<>();

    InMemoryActuals(Actual... stored) {
        super(null, null);
        for (Actual a : stored) {
            rows.put(a.id(), a);
        }
    }

    @Override
    Optional<Actual> find(long id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    Optional<Actual> find(long kpiId, String period) {
        return rows.values().stream().filter(a -> a.kpiId() == kpiId && a.period().equals(period)).findFirst();
    }

    @Override
    List<ActualRevision> revisions(long kpiId, String period) {
        List<ActualRevision> history = new ArrayList<>(superseded(kpiId, period));
        find(kpiId, period).ifPresent(a -> history.add(a.asRevision()));
        return history;
    }

    private List<ActualRevision> superseded(long kpiId, String period) {
        return revisions.stream().filter(r -> r.kpiId() == kpiId && r.period().equals(period)).toList();
    }

    @Override
    Map<ValueKey, Actual> current(Collection<ValueKey> keys) {
        Map<ValueKey, Actual> found = new HashMap<>();
        keys.forEach(k -> find(k.kpiId(), k.period()).ifPresent(a -> found.put(k, a)));
        return found;
    }

    @Override
    Map<ValueKey, Integer> lastRevisions(Collection<ValueKey> keys) {
        Map<ValueKey, Integer> last = new HashMap<>();
        keys.forEach(k -> superseded(k.kpiId(), k.period()).stream().mapToInt(ActualRevision::revision).max()
                .ifPresent(n -> last.put(k, n)));
        return last;
    }

    @Override
    Map<ValueKey, Long> insertAll(List<Row> inserted, Actor actor, Instant now) {
        Map<ValueKey, Long> ids = new HashMap<>();
        for (Row r : inserted) {
            long id = rows.keySet().stream().mapToLong(Long::longValue).max().orElse(0) + 1;
            rows.put(id, actual(id, r, actor, now, 0));
            ids.put(new ValueKey(r.kpiId(), r.period()), id);
        }
        return ids;
    }

    @Override
    List<Long> updateAll(List<Change> changes, Actor actor, Instant now) {
        List<Long> missed = new ArrayList<>();
        for (Change c : changes) {
            Actual current = rows.get(c.id());
            if (current == null || current.version() != c.version()) {
                missed.add(c.id());
            } else {
                rows.put(c.id(), actual(c.id(), c.row(), actor, now, c.version() + 1));
            }
        }
        return missed;
    }

    @Override
    void delete(long id) {
        rows.remove(id);
    }

    @Override
    void insertRevisions(List<ActualRevision> added) {
        revisions.addAll(added);
    }

    private Actual actual(long id, Row r, Actor actor, Instant now, long version) {
        String code = rows.values().stream().filter(a -> a.kpiId() == r.kpiId()).map(Actual::kpiCode).findFirst()
                .orElse("KPI" + r.kpiId());
        return new Actual(id, r.kpiId(), code, r.period(), r.value(), r.state(), r.comment(), actor.source().key(),
                actor.name(), now, r.revision(), version);
    }
}
