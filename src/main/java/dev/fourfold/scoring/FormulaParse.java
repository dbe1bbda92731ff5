package dev.fourfold.scoring;

/**
 * The outcome of parsing a formula: a usable {@link Formula}, or a {@link FormulaError} saying what is wrong and
 * where. A mistyped formula is an expected outcome, so it is a result, not an exception.
 */
public sealed interface FormulaParse permits Formula, FormulaError {

    /** Whether the text parsed. */
    default boolean isValid() {
        return this instanceof Formula;
    }
}
