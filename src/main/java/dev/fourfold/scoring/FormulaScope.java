package dev.fourfold.scoring;

/**
 * Where a formula reads its inputs during one evaluation. A read that finds no value records the reason and
 * returns {@code NaN}; nodes propagate {@code NaN} and the first recorded reason explains the missing result.
 */
interface FormulaScope {

    /** The value of {@code code} (upper case) in the evaluated window, or {@code NaN} after recording why not. */
    double read(String code);

    /** The value of {@code code} in the window of the same length immediately before, or {@code NaN}. */
    double readPrevious(String code);

    /** Records why the formula has no value (the first reason wins) and returns {@code NaN}. */
    double fail(String reason);
}
