package dev.fourfold.scoring;

/**
 * Turns a KPI's actual and target into a score and colour: the checks of docs/scoring-rules.md, rule 9, the method,
 * the cap (KPI scores only, before the status), then the colour from the value thresholds (when they apply) or from
 * the bands.
 */
final class KpiScoring {

    private KpiScoring() {
    }

    /**
     * @param thresholdsApply whether value thresholds may set the colour (period view at native frequency)
     * @param noActual        reason used when {@code actual} is NaN
     * @param noTarget        reason used when the method needs a target and {@code target} is NaN
     */
    static ScoreResult score(KpiParameters p, Bands bands, Cap cap, double actual, double target,
                             boolean thresholdsApply, String noActual, String noTarget) {
        if (Double.isNaN(actual)) {
            return new ScoreResult.NotScorable(noActual);
        }
        MethodRule rule = p.rule();
        if (rule.needsTarget(p) && Double.isNaN(target)) {
            return new ScoreResult.NotScorable(noTarget);
        }
        String problem = rule.problem(p, target);
        if (problem != null) {
            return new ScoreResult.NotScorable(problem);
        }
        double raw = rule.score(p, actual, target);
        if (!Double.isFinite(raw)) {
            return new ScoreResult.NotScorable(p.method().key() + " gives no finite score for actual "
                    + Numbers.format(actual));
        }
        double score = cap == null ? raw : cap.clamp(raw);
        Status status = thresholdsApply && p.hasThresholds() ? p.thresholdStatus(actual) : bands.statusOf(score);
        return new ScoreResult.Scored(score, status);
    }
}
