package dev.fourfold.measurement;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.AbstractList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Actual values were created or changed by one write (a single value or a whole batch, an import's included), inside
 * its transaction: listeners that write in the same transaction keep their rows only if the write commits. Values the
 * write left as they were are not in it. The values are a view of the write's own list, made one at a time as a
 * listener reads them, so that a write of a million values costs nothing more when nobody listens.
 *
 * @param values the created or changed values, in the order of the write
 * @param actor  who wrote them
 * @param source the channel ({@code api}, {@code ui}, {@code import}, …)
 * @param at     when
 */
public record ValuesRecorded(List<Value> values, String actor, String source, Instant at) {

    /** The event of a write's values, each made from its source item when read. */
    static <T> ValuesRecorded of(List<T> written, Function<T, Value> value, String actor, String source, Instant at) {
        return new ValuesRecorded(new AbstractList<>() {
            @Override
            public Value get(int index) {
                return value.apply(written.get(index));
            }

            @Override
            public int size() {
                return written.size();
            }
        }, actor, source, at);
    }

    /** One value as it was recorded; {@code created} is false for a change of a stored value. */
    public record Value(long scorecardId, long kpiId, String kpiCode, String period, BigDecimal value, String state,
                        @Nullable String comment, boolean created) {
    }
}
