package dev.fourfold.scoring;

/**
 * A clamp on KPI scores (not roll-ups), applied before the status is set, e.g. [0, 150] so that one runaway KPI
 * cannot carry its objective.
 */
public record Cap(double low, double high) {

    public Cap {
        if (!Double.isFinite(low) || !Double.isFinite(high)) {
            throw new IllegalArgumentException("cap bounds must be finite numbers");
        }
    }

    double clamp(double score) {
        return Math.max(low, Math.min(high, score));
    }
}
