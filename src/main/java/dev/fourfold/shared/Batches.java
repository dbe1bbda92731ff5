package dev.fourfold.shared;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;

/**
 * Helpers of set-based writes: reading the stored values of a batch's keys in a few queries of bounded size, and
 * finding the rows a batched {@code update … where version = ?} did not change. Plain Java, like {@link Where}.
 */
public final class Batches {

    /** KPIs per lookup query: with their periods, well under any database's limit of parameters. */
    private static final int KPIS_PER_QUERY = 500;

    private Batches() {
    }

    /**
     * The KPIs and periods of one lookup query ({@code kpi_id in (:kpis) and period in (:periods)}); it may match
     * pairs that are not among the keys, which the caller leaves out.
     */
    public record Slice(Set<Long> kpiIds, Set<String> periods) {
    }

    /** The keys as lookup queries of at most {@value #KPIS_PER_QUERY} KPIs each. */
    public static List<Slice> slices(Collection<ValueKey> keys) {
        Map<Long, Set<String>> periodsByKpi = new LinkedHashMap<>();
        keys.forEach(k -> periodsByKpi.computeIfAbsent(k.kpiId(), id -> new LinkedHashSet<>()).add(k.period()));
        List<Slice> slices = new ArrayList<>();
        Slice slice = null;
        for (Map.Entry<Long, Set<String>> e : periodsByKpi.entrySet()) {
            if (slice == null || slice.kpiIds().size() == KPIS_PER_QUERY) {
                slice = new Slice(new LinkedHashSet<>(), new LinkedHashSet<>());
                slices.add(slice);
            }
            slice.kpiIds().add(e.getKey());
            slice.periods().addAll(e.getValue());
        }
        return slices;
    }

    /**
     * The ids of the rows whose statement changed nothing, from the update counts of a batch run in chunks
     * ({@code counts[chunk][row]}, in the order of {@code rows}).
     */
    public static <T> List<Long> missed(int[][] counts, List<T> rows, ToLongFunction<T> id) {
        List<Long> missed = new ArrayList<>();
        int n = 0;
        for (int[] chunk : counts) {
            for (int count : chunk) {
                if (count == 0) {
                    missed.add(id.applyAsLong(rows.get(n)));
                }
                n++;
            }
        }
        return missed;
    }
}
