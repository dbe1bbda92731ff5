package dev.fourfold.measurement;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A scorecard owner approved or rejected a value, inside the review's transaction: listeners that write in the same
 * transaction keep their rows only if the review commits. A review that leaves the state as it was is not one.
 *
 * @param state   the value's state after the review: {@code approved} or {@code rejected}
 * @param comment the value's comment after the review (the reviewer's note, when one was given)
 * @param actor   who reviewed it
 * @param source  the channel ({@code api}, {@code ui}, …)
 */
public record ValueReviewed(long scorecardId, long kpiId, String kpiCode, String period, BigDecimal value, String state,
                            @Nullable String comment, String actor, String source, Instant at) {
}
