package dev.fourfold.kpi;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One version of a KPI's target (or budget or stretch target, {@code series}) for a period; a deletion is a
 * revision whose value is null.
 */
public record TargetRevision(long kpiId, String period, int revision, BigDecimal value, String reason, String setBy,
                             Instant setAt, String source, String series) {

    /** A revision of the {@code target} series. */
    public TargetRevision(long kpiId, String period, int revision, BigDecimal value, String reason, String setBy,
                          Instant setAt, String source) {
        this(kpiId, period, revision, value, reason, setBy, setAt, source, TargetSeries.TARGET.key());
    }
}
