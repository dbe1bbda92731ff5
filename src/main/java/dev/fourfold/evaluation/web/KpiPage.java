package dev.fourfold.evaluation.web;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the KPI page shows, every number and date already written in the reader's locale: the KPI, the period
 * explained, why it has its colour, the year-end outlook, the chart's data (JSON for {@code kpi.js}), the history
 * of its periods (latest first, also the chart's text alternative), the revisions of its targets and the changes of
 * its values.
 *
 * @param period  the native period explained and at which the chart ends
 * @param periods the periods a reader may choose, latest first
 * @param workings the engine's calculation with its numbers, or null when not scored
 */
record KpiPage(Heading kpi, String period, List<String> periods, String status, String statusSymbol,
               String score, List<String> why, @Nullable String workings, Outlook outlook, String chart,
               List<HistoryRow> rows, List<TargetChange> targetChanges, List<ValueChange> valueChanges) {

    /** The KPI and the scorecard it belongs to. */
    record Heading(long id, String code, String name, @Nullable String description, @Nullable String unit,
                   long scorecardId, String scorecard, String frequency, String polarity, String owner) {
    }

    /**
     * The forecast to the fiscal-year end: the probability of meeting the year's target with a sentence, or why
     * there is none.
     */
    record Outlook(@Nullable String probability, String sentence) {
    }

    /**
     * One native period: the engine's actual, target, score and status, and the stored value's entry (who, when,
     * through which channel, comment, and its state when it is pending or rejected, with that value), and the lock
     * that covers the period.
     */
    record HistoryRow(String period, String actual, String target, String score, String status, String symbol,
                      @Nullable String enteredBy, @Nullable String enteredAt, @Nullable String source,
                      @Nullable String comment, @Nullable String state, @Nullable String stateValue,
                      @Nullable String lockedBy, @Nullable String lockedAt, boolean selected) {
    }

    /** One version of a period's target, with the reason it was set. */
    record TargetChange(String period, int revision, String value, @Nullable String reason, String setBy, String setAt,
                        boolean current) {
    }

    /** One version of a period's actual value; a deletion has no value. */
    record ValueChange(String period, int revision, String value, @Nullable String state, @Nullable String comment,
                       String source, String changedBy, String changedAt) {
    }
}
