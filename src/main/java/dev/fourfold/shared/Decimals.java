package dev.fourfold.shared;

import java.math.BigDecimal;
import java.util.List;

/**
 * Exact decimal values as stored: up to {@value #MAX_INTEGER_DIGITS} digits before and {@value #MAX_SCALE} after
 * the point. Values are range-checked before any arithmetic, so a hostile number such as {@code 1e999999999} is
 * refused instead of hanging a computation.
 */
public final class Decimals {

    public static final int MAX_SCALE = 12;
    public static final int MAX_INTEGER_DIGITS = 26;

    /**
     * Attribute of a JSON read of data the server stored itself (a lock's snapshot holds scores with more decimals
     * than a client may send); such reads skip the checks of values sent by clients.
     */
    public static final String STORED_JSON = "fourfold.stored-json";

    private Decimals() {
    }

    /**
     * Checks that a value fits the stored precision and returns it without trailing zeros.
     *
     * @throws InvalidInputException naming the field when it does not fit
     */
    public static BigDecimal checked(String field, BigDecimal value) {
        String problem = problem(value);
        if (problem != null) {
            throw new InvalidInputException(field, problem);
        }
        return normalised(value);
    }

    /** Adds a problem naming the field if the value (which may be absent) does not fit the stored precision. */
    public static void check(List<FieldProblem> problems, String field, BigDecimal value) {
        String problem = problem(value);
        if (problem != null) {
            problems.add(new FieldProblem(field, problem));
        }
    }

    /**
     * Why a value does not fit the stored precision, or {@code null} when it fits. Uses only the value's scale and
     * precision (no arithmetic), so it is cheap for any exponent; a value below the smallest step (such as
     * {@code 1e-400}) is refused, never rounded to 0.
     */
    public static String problem(BigDecimal value) {
        if (value == null || value.signum() == 0) {
            return null;
        }
        long integerDigits = (long) value.precision() - value.scale();
        if (integerDigits > MAX_INTEGER_DIGITS) {
            return "is too large: at most " + MAX_INTEGER_DIGITS + " digits before the decimal point";
        }
        if (integerDigits < -MAX_SCALE) {
            return "is too small: the smallest step is 0." + "0".repeat(MAX_SCALE - 1) + "1 (" + MAX_SCALE + " decimal places)";
        }
        if (value.stripTrailingZeros().scale() > MAX_SCALE) {
            return "has too many decimal places: at most " + MAX_SCALE;
        }
        return null;
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
