package dev.fourfold.scoring;

import java.math.BigDecimal;

/**
 * How far an actual lies from a reference (the target, budget, stretch target or prior year): {@code actual −
 * reference}, and that difference as a percent of {@code |reference|}. Each is {@code null} where it cannot be
 * worked out: both without an actual or a reference, the percent also when the reference is 0. The difference is
 * taken exactly between the two numbers as printed (4829.9 − 4776 = 53.9, not 53.899999999999636), then held as a
 * double like every result.
 */
public record Variance(Double value, Double percent) {

    /** No variance: the actual or the reference is missing. */
    public static final Variance NONE = new Variance(null, null);

    /** The variance of {@code actual} against {@code reference}; either may be null. */
    public static Variance of(Double actual, Double reference) {
        if (actual == null || reference == null || actual.isNaN() || reference.isNaN()) {
            return NONE;
        }
        double value = BigDecimal.valueOf(actual).subtract(BigDecimal.valueOf(reference)).doubleValue();
        return new Variance(value, reference == 0 ? null : value * 100 / Math.abs(reference));
    }
}
