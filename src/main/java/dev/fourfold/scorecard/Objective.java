package dev.fourfold.scorecard;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strategic goal inside a perspective, measured by KPIs. {@code drivenBy} lists the objectives that cause this
 * one (the strategy map's cause→effect links); {@code alignedToId} cascades it from an objective of the parent
 * unit's scorecard. A retired objective keeps its history but leaves current views.
 */
public record Objective(long id, long scorecardId, long perspectiveId, String code, String name, String description,
                        String owner, BigDecimal weight, String rollup, int position, Long alignedToId,
                        List<Long> drivenBy, boolean retired, long version) {

    public Objective {
        drivenBy = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(drivenBy));
    }

    /** This objective driven by {@code causes} instead. */
    public Objective withDrivenBy(List<Long> causes) {
        return new Objective(id, scorecardId, perspectiveId, code, name, description, owner, weight, rollup, position,
                alignedToId, causes, retired, version);
    }

    public Objective withWeight(BigDecimal newWeight) {
        return new Objective(id, scorecardId, perspectiveId, code, name, description, owner, newWeight, rollup,
                position, alignedToId, drivenBy, retired, version);
    }

    public Objective withRetired(boolean isRetired) {
        return new Objective(id, scorecardId, perspectiveId, code, name, description, owner, weight, rollup, position,
                alignedToId, drivenBy, isRetired, version);
    }

    /** This objective as of {@code newVersion}, the version an update must match. */
    public Objective withVersion(long newVersion) {
        return new Objective(id, scorecardId, perspectiveId, code, name, description, owner, weight, rollup, position,
                alignedToId, drivenBy, retired, newVersion);
    }

    Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("perspectiveId", perspectiveId);
        m.put("code", code);
        m.put("name", name);
        m.put("description", description);
        m.put("owner", owner);
        m.put("weight", weight);
        m.put("rollup", rollup);
        m.put("position", position);
        m.put("alignedToId", alignedToId);
        m.put("drivenBy", drivenBy.stream().sorted().toList());
        m.put("retired", retired);
        return m;
    }
}
