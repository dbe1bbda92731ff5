package dev.fourfold.scoring;

/**
 * Why a formula text does not parse.
 *
 * @param text    the formula as written
 * @param problem what is wrong, e.g. {@code unexpected ')'} or {@code unknown function 'foo'}
 * @param column  the 1-based column of the offending character
 */
public record FormulaError(String text, String problem, int column) implements FormulaParse {

    /** The problem with its position, e.g. {@code unexpected ')' at column 7}. */
    public String message() {
        return problem + " at column " + column;
    }
}
