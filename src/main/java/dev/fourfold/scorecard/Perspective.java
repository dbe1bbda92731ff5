package dev.fourfold.scorecard;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** A lens on the strategy (Financial, Customer, ...); holds objectives, has a weight and a roll-up rule. */
public record Perspective(long id, long scorecardId, String name, int position, BigDecimal weight, String rollup,
                          long version) {

    /** The four perspectives every new scorecard starts with, in order. */
    public static final java.util.List<String> DEFAULTS =
            java.util.List.of("Financial", "Customer", "Internal Business Processes", "Learning & Growth");

    Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scorecardId", scorecardId);
        m.put("name", name);
        m.put("position", position);
        m.put("weight", weight);
        m.put("rollup", rollup);
        return m;
    }
}
