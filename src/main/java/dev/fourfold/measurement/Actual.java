package dev.fourfold.measurement;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The value of a KPI in one period (a measurement). Only approved values count in scores; pending and rejected
 * values exist for the approval workflow. Every version it replaced is kept as an {@link ActualRevision}.
 *
 * @param state    where it stands in the approval workflow
 * @param source   the channel it came through: ui, api, import, connector, system
 * @param revision the number of this version (1 for the first)
 */
public record Actual(long id, long kpiId, String kpiCode, String period, BigDecimal value, ActualState state, String comment,
                     String source, String enteredBy, Instant enteredAt, int revision, long version) {

    /** This version as a revision, once a newer one or a deletion replaces it. */
    ActualRevision asRevision() {
        return new ActualRevision(kpiId, period, revision, value, state, comment, source, enteredBy, enteredAt);
    }

    /** The fields of a value as the change log records them. */
    static java.util.Map<String, Object> snapshot(String kpi, String period, java.math.BigDecimal value, ActualState state,
                                                   String comment) {
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("kpi", kpi);
        m.put("period", period);
        m.put("value", value);
        m.put("state", state.key());
        m.put("comment", comment);
        return m;
    }
}
