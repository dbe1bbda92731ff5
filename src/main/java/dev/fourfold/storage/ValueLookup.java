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
