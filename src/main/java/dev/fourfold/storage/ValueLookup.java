package dev.fourfold.storage;

import dev.fourfold.shared.Batches;
import dev.fourfold.shared.ValueKey;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads the rows of many (KPI, period) pairs in a few queries: the pairs are sliced by {@link Batches} into KPI
 * lists with a period range each, and the query's {@code :k}, {@code :first} and {@code :last} take each slice;
 * rows of pairs that were not asked for (inside a range but another KPI's period) are dropped.
 */
public final class ValueLookup {

    private ValueLookup() {
    }

    /** The ids of the stored rows of {@code table} (a constant table name) for these pairs. */
    public static Map<ValueKey, Long> ids(JdbcClient jdbc, String table, Collection<ValueKey> keys) {
        return lookup(jdbc, keys, "select id, kpi_id, period from " + table
                        + " where kpi_id in (:k) and period between :first and :last",
                (rs, n) -> Map.entry(new ValueKey(rs.getLong("kpi_id"), rs.getString("period")), rs.getLong("id")),
                Map.Entry::getKey, Map.Entry::getValue);
    }

    /**
     * The last revision numbers in {@code revisionTable} (a constant table name) of these pairs, where they have
     * any; a deleted row keeps its own.
     */
    public static Map<ValueKey, Integer> lastRevisions(JdbcClient jdbc, String revisionTable, Collection<ValueKey> keys) {
        return lookup(jdbc, keys, "select kpi_id, period, max(revision) as revision from " + revisionTable
                        + " where kpi_id in (:k) and period between :first and :last group by kpi_id, period",
                (rs, n) -> Map.entry(new ValueKey(rs.getLong("kpi_id"), rs.getString("period")), rs.getInt("revision")),
                Map.Entry::getKey, Map.Entry::getValue);
    }

    /**
     * The rows found for {@code keys}, each turned into its key and value.
     *
     * @param sql a query using {@code kpi_id in (:k) and period between :first and :last}
     */
    public static <R, V> Map<ValueKey, V> lookup(JdbcClient jdbc, Collection<ValueKey> keys, String sql,
                                                 RowMapper<R> mapper, Function<R, ValueKey> key, Function<R, V> value) {
        Set<ValueKey> wanted = keys instanceof Set<ValueKey> set ? set : new HashSet<>(keys);
        Map<ValueKey, V> found = new HashMap<>();
        for (Batches.Slice slice : Batches.slices(wanted)) {
            jdbc.sql(sql).param("k", slice.kpiIds()).param("first", slice.first()).param("last", slice.last())
                    .query(mapper).list().forEach(r -> {
                        ValueKey k = key.apply(r);
                        if (wanted.contains(k)) {
                            found.put(k, value.apply(r));
                        }
                    });
        }
        return found;
    }
}
