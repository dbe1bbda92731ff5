package dev.fourfold.importing;

/**
 * One thing wrong with a scorecard file, where it is and what to do about it.
 *
 * @param line    1-based line, 0 when the problem concerns the whole file
 * @param column  1-based column, 0 when the problem concerns the whole file
 * @param message a sentence a person can act on
 */
public record FileProblem(int line, int column, String message) {

    /** Where the problem is, for people: {@code line 12, column 5}. */
    public String location() {
        return line == 0 ? "file" : "line " + line + ", column " + column;
    }

    /** The compiler-style form {@code FILE:LINE:COLUMN: message}. */
    public String describe(String fileName) {
        return fileName + ":" + line + ":" + column + ": " + message;
    }
}
