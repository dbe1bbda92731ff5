package dev.fourfold.shared;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
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
     * The KPIs and the range of period keys of one lookup query
     * ({@code kpi_id in (:kpis) and period between :first and :last}, comparing keys as texts); it may match pairs
     * that are not among the keys, which the caller leaves out. A range, not a list of periods: databases check a
     * long {@code in} list value by value for every row.
     */
    public record Slice(Set<Long> kpiIds, String first, String last) {
    }

    /** The keys as lookup queries of at most {@value #KPIS_PER_QUERY} KPIs each. */
    public static List<Slice> slices(Collection<ValueKey> keys) {
        List<Slice> slices = new ArrayList<>();
        Set<Long> kpis = new LinkedHashSet<>();
        String first = null;
        String last = null;
        for (ValueKey k : keys.stream().sorted(Comparator.comparingLong(ValueKey::kpiId)).toList()) {
            if (kpis.size() == KPIS_PER_QUERY && !kpis.contains(k.kpiId())) {
                slices.add(new Slice(kpis, first, last));
                kpis = new LinkedHashSet<>();
                first = null;
                last = null;
            }
            kpis.add(k.kpiId());
            first = first == null || k.period().compareTo(first) < 0 ? k.period() : first;
            last = last == null || k.period().compareTo(last) > 0 ? k.period() : last;
        }
        if (!kpis.isEmpty()) {
            slices.add(new Slice(kpis, first, last));
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
