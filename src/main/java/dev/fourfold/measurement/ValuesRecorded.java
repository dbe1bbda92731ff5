package dev.fourfold.measurement;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Actual values were created or changed by one write (a single value or a whole batch, an import's included), inside
 * its transaction: listeners that write in the same transaction keep their rows only if the write commits. Values the
 * write left as they were are not in it.
 *
 * @param values the created or changed values, in the order of the write
 * @param actor  who wrote them
 * @param source the channel ({@code api}, {@code ui}, {@code import}, …)
 * @param at     when
 */
public record ValuesRecorded(List<Value> values, String actor, String source, Instant at) {

    /** One value as it was recorded; {@code created} is false for a change of a stored value. */
    public record Value(long scorecardId, long kpiId, String kpiCode, String period, BigDecimal value, String state,
                        @Nullable String comment, boolean created) {
    }
}
