package dev.fourfold.scoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Small helpers for the double arithmetic of the engine and for showing numbers to people. */
final class Numbers {

    private static final MathContext TEXT_DIGITS = new MathContext(12);

    private Numbers() {
    }

    /**
     * A number for people: plain notation, at most 12 significant digits (hiding binary noise such as
     * 0.20000000000000107), no trailing zeros and a true minus sign: 75.0 → {@code 75}, −2.5 → {@code −2.5}.
     */
    static String format(double value) {
        if (Double.isNaN(value)) {
            return "no value";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "∞" : "−∞";
        }
        String text = BigDecimal.valueOf(value).round(TEXT_DIGITS).stripTrailingZeros().toPlainString();
        return text.startsWith("-") ? "−" + text.substring(1) : text;
    }

    /** Rounds half away from zero to {@code digits} decimals (negative digits round to tens, hundreds, …). */
    static double roundHalfAwayFromZero(double value, int digits) {
        return BigDecimal.valueOf(value).setScale(digits, RoundingMode.HALF_UP).doubleValue();
    }

    static double toDouble(BigDecimal value) {
        return value == null ? Double.NaN : value.doubleValue();
    }

    static Double boxed(double value) {
        return Double.isNaN(value) ? null : value;
    }
}
