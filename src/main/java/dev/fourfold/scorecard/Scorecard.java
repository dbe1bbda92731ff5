package dev.fourfold.scorecard;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The strategy of one organisation unit: vision, perspectives, objectives and KPIs, and how they are scored.
 *
 * @param method    default scoring method of its KPIs ({@code ratio}, {@code goal-redflag}, ...)
 * @param bandAmber lower bound (inclusive) of amber on the score, below it red; null with bandGreen null: the
 *                  scale's default bands (percent 80/100, ten exactly 10/3 and 20/3)
 * @param bandGreen lower bound of green
 * @param bandBlue  optional lower bound of blue (exceeds)
 * @param capLow    optional lower clamp of KPI scores
 * @param capHigh   optional upper clamp of KPI scores
 * @param missing   {@code ignore} or {@code blank}: how roll-ups treat a child without a score
 * @param rollup    how perspectives combine: {@code weighted-average}, {@code average} or {@code worst}
 * @param requiresApproval whether values entered by KPI owners wait for a scorecard owner's approval
 */
public record Scorecard(long id, long unitId, String name, String vision, String method, BigDecimal bandAmber,
                        BigDecimal bandGreen, BigDecimal bandBlue, BigDecimal capLow, BigDecimal capHigh, String missing,
                        String rollup, boolean requiresApproval, long version) {

    Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("unitId", unitId);
        m.put("name", name);
        m.put("vision", vision);
        m.put("method", method);
        m.put("bandAmber", bandAmber);
        m.put("bandGreen", bandGreen);
        m.put("bandBlue", bandBlue);
        m.put("capLow", capLow);
        m.put("capHigh", capHigh);
        m.put("missing", missing);
        m.put("rollup", rollup);
        m.put("requiresApproval", requiresApproval);
        return m;
    }
}
