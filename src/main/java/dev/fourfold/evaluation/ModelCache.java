package dev.fourfold.evaluation;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.fourfold.kpi.PeriodLock;
import dev.fourfold.kpi.PeriodLocks;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Compiled scorecard models kept in memory, each with the version counters it was built from. A model is served
 * while one query finds all of its counters unchanged; otherwise it is compiled again. The counters are read
 * before the data, so a model is never filed under a newer version than its data; the same holds for the
 * scorecard's period locks, kept with it. The cache holds at most
 * {@code fourfold.evaluation.cache.max-weight} values, targets and KPIs (by default 4 million), evicting the least
 * useful models first. Models hold no caller's data: who may see them is checked per
 * request, before anything is served.
 */
@Component
class ModelCache {

    /**
     * A model, the scorecard's period locks (without snapshots) and the counters both were read after; not
     * {@code kept} when its dependencies kept changing. Its {@code version} is the counters as text, e.g.
     * {@code 0:4,17:12}, written once; empty for a model not kept. Locking and unlocking raise the scorecard's
     * counter, so the locks are as current as the model and need no query of their own per request.
     */
    record Entry(ScorecardModels.Compiled compiled, List<PeriodLock> locks, Map<Long, Long> versions, boolean kept,
                 String version) {

        Entry(ScorecardModels.Compiled compiled, List<PeriodLock> locks, Map<Long, Long> versions, boolean kept) {
            this(compiled, List.copyOf(locks), versions, kept, !kept ? "" : versions.entrySet().stream()
                    .sorted(Map.Entry.comparingByKey()).map(v -> v.getKey() + ":" + v.getValue())
                    .collect(Collectors.joining(",")));
        }
    }

    /** Attempts at compiling a model whose dependencies turn out other than expected before it is not kept. */
    private static final int ATTEMPTS = 3;

    private final ScorecardModels models;
    private final ScorecardVersionRepository versions;
    private final PeriodLocks locks;
    private final Cache<Long, Entry> entries;
    private final Object[] stripes = new Object[64];

    ModelCache(ScorecardModels models, ScorecardVersionRepository versions, PeriodLocks locks,
               @Value("${fourfold.evaluation.cache.max-weight:4000000}") long maxWeight) {
        this.models = models;
        this.versions = versions;
        this.locks = locks;
        this.entries = Caffeine.newBuilder().maximumWeight(maxWeight)
                .weigher((Long id, Entry e) -> e.compiled().weight()).build();
        for (int i = 0; i < stripes.length; i++) {
            stripes[i] = new Object();
        }
    }

    /** The current model of a scorecard and the counters it reflects. */
    Entry get(long scorecardId) {
        Entry cached = current(scorecardId);
        if (cached != null) {
            return cached;
        }
        synchronized (stripes[(int) Math.floorMod(scorecardId, (long) stripes.length)]) {
            cached = current(scorecardId);
            return cached != null ? cached : compile(scorecardId, Set.of());
        }
    }

    /**
     * The current model of a scorecard that {@code path} includes, for compiling theirs. It takes no stripe: a thread
     * compiling a parent holds the parent's, and two threads taking two stripes in opposite orders would wait for
     * each other for ever; at worst a child is compiled twice at once.
     */
    private ScorecardModels.Compiled included(long scorecardId, Set<Long> path) {
        Entry cached = current(scorecardId);
        return (cached != null ? cached : compile(scorecardId, path)).compiled();
    }

    private Entry current(long scorecardId) {
        Entry e = entries.getIfPresent(scorecardId);
        return e != null && e.versions().equals(versions.of(e.versions().keySet())) ? e : null;
    }

    /**
     * Reads the counters the model is expected to depend on, then compiles it and reads the locks; if it depends on others (a formula
     * now reads another scorecard, it includes another scorecard), tries again with those too. An included
     * scorecard's counters, and those its model depends on, are the including model's too: a change of its values or
     * definitions changes the including scorecard's evaluation.
     */
    private Entry compile(long scorecardId, Set<Long> path) {
        Entry previous = entries.getIfPresent(scorecardId);
        Set<Long> expected = new HashSet<>(previous == null
                ? Set.of(scorecardId, ScorecardVersionRepository.ALL) : previous.versions().keySet());
        Entry entry = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Map<Long, Long> before = versions.of(expected);
            ScorecardModels.Compiled compiled = models.compile(scorecardId, path, this::included);
            List<PeriodLock> locked = locks.all(scorecardId);
            boolean complete = expected.containsAll(compiled.dependsOn());
            entry = new Entry(compiled, locked, before.entrySet().stream().filter(v -> compiled.dependsOn().contains(v.getKey()))
                    .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue)), complete);
            if (complete) {
                entries.put(scorecardId, entry);
                return entry;
            }
            expected.addAll(compiled.dependsOn());
        }
        return entry;
    }

    /** Forgets every model (for tests and operations); they are compiled again when next asked for. */
    void clear() {
        entries.invalidateAll();
    }
}
