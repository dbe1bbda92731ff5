package dev.fourfold.initiative;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A project that should move an objective.
 *
 * @param percentComplete progress from 0 to 100
 * @param status          one of {@link #STATUSES}
 */
public record Initiative(long id, long objectiveId, String name, String description, String owner, LocalDate start,
                         LocalDate end, BigDecimal budget, BigDecimal percentComplete, String status, long version) {

    public static final List<String> STATUSES = List.of("not-started", "on-track", "at-risk", "off-track", "completed", "cancelled");

    Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("objectiveId", objectiveId);
        m.put("name", name);
        m.put("description", description);
        m.put("owner", owner);
        m.put("start", start);
        m.put("end", end);
        m.put("budget", budget);
        m.put("percentComplete", percentComplete);
        m.put("status", status);
        return m;
    }
}
