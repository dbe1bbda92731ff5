package dev.fourfold.scoring;

/**
 * How far an actual lies from a reference (the target, budget, stretch target or prior year): {@code actual −
 * reference}, and that difference as a percent of {@code |reference|}. Each is {@code null} where it cannot be
 * worked out: both without an actual or a reference, the percent also when the reference is 0.
 */
public record Variance(Double value, Double percent) {

    /** No variance: the actual or the reference is missing. */
    public static final Variance NONE = new Variance(null, null);

    /** The variance of {@code actual} against {@code reference}; either may be null. */
    public static Variance of(Double actual, Double reference) {
        if (actual == null || reference == null || actual.isNaN() || reference.isNaN()) {
            return NONE;
        }
        double value = actual - reference;
        return new Variance(value, reference == 0 ? null : value * 100 / Math.abs(reference));
    }
}
