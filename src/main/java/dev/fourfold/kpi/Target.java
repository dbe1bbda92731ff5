package dev.fourfold.kpi;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The value a KPI should reach in one period, or its budget or stretch target there ({@code series}). Revised with
 * a reason; every earlier version is kept as a {@link TargetRevision}.
 *
 * @param revision the number of this version (1 for the first)
 * @param series   {@code target}, {@code budget} or {@code stretch} (see {@link TargetSeries})
 */
public record Target(long id, long kpiId, String kpiCode, String period, BigDecimal value, String reason, int revision,
                     String setBy, Instant setAt, String source, long version, String series) {

    /** A target of the {@code target} series. */
    public Target(long id, long kpiId, String kpiCode, String period, BigDecimal value, String reason, int revision,
                  String setBy, Instant setAt, String source, long version) {
        this(id, kpiId, kpiCode, period, value, reason, revision, setBy, setAt, source, version,
                TargetSeries.TARGET.key());
    }
}
