package dev.fourfold.shared;

import java.math.BigDecimal;

/**
 * Exact decimal values as stored: up to {@value #MAX_INTEGER_DIGITS} digits before and {@value #MAX_SCALE} after
 * the point. Values are range-checked before any arithmetic, so a hostile number such as {@code 1e999999999} is
 * refused instead of hanging a computation.
 */
public final class Decimals {

    public static final int MAX_SCALE = 12;
    public static final int MAX_INTEGER_DIGITS = 26;

    private Decimals() {
    }

    /**
     * Checks that a value fits the stored precision and returns it without trailing zeros.
     *
     * @throws InvalidInputException naming the field when it does not fit
     */
    public static BigDecimal checked(String field, BigDecimal value) {
        if (value == null) {
            return null;
        }
        if (value.signum() != 0 && value.precision() - value.scale() > MAX_INTEGER_DIGITS) {
            throw new InvalidInputException(field, "is too large: at most " + MAX_INTEGER_DIGITS + " digits before the decimal point");
        }
        BigDecimal stripped = normalised(value);
        if (stripped.scale() > MAX_SCALE) {
            throw new InvalidInputException(field, "has too many decimal places: at most " + MAX_SCALE);
        }
        return stripped;
    }

    /** The value without trailing zeros and never in exponent form ({@code 100}, not {@code 1E+2}). */
    public static BigDecimal normalised(BigDecimal value) {
        if (value == null) {
            return null;
        }
        if (value.signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
