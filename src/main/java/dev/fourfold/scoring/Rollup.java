package dev.fourfold.scoring;

/**
 * Combines children's scores into a parent's (docs/scoring-rules.md, rule 15): weight 0 excludes a child, missing
 * scores are ignored with the weights renormalised or, with {@code missing: blank}, blank the parent; weighted average,
 * average or worst. The parent's colour comes from its own score and the bands; the cap does not apply.
 */
final class Rollup {

    private Rollup() {
    }

    /**
     * @param noneReason e.g. {@code no scored KPI}
     */
    static ScoreResult combine(RollupRule rule, MissingPolicy missing, Bands bands, double[] weights,
                               ScoreResult[] children, String[] names, String noneReason) {
        double weighted = 0;
        double totalWeight = 0;
        double worst = Double.POSITIVE_INFINITY;
        int counted = 0;
        for (int i = 0; i < children.length; i++) {
            if (weights[i] == 0) {
                continue;
            }
            if (!(children[i] instanceof ScoreResult.Scored scored)) {
                if (missing == MissingPolicy.BLANK) {
                    return new ScoreResult.NotScorable("no score for " + names[i] + ", and missing scores blank the parent");
                }
                continue;
            }
            double s = scored.value();
            weighted += rule == RollupRule.AVERAGE ? s : weights[i] * s;
            totalWeight += rule == RollupRule.AVERAGE ? 1 : weights[i];
            worst = Math.min(worst, s);
            counted++;
        }
        if (counted == 0) {
            return new ScoreResult.NotScorable(noneReason);
        }
        double score = rule == RollupRule.WORST ? worst : weighted / totalWeight;
        return new ScoreResult.Scored(score, bands.statusOf(score));
    }
}
