package dev.fourfold.importing.values;

/**
 * One thing wrong with a row of a file of values: where it is, as a spreadsheet shows it, and what was expected.
 *
 * @param row     1-based row as the spreadsheet numbers it (the header is row 1); 0 for the whole file
 * @param column  1-based column; 0 for the whole row or file
 * @param header  the column's heading ({@code value}, {@code 2026-03}), or empty
 * @param message a sentence a person can act on
 */
public record RowProblem(int row, int column, String header, String message) {

    /** Where the problem is, for people: {@code row 12, column C (value)}. */
    public String location() {
        if (row == 0) {
            return "file";
        }
        if (column == 0) {
            return "row " + row;
        }
        return "row " + row + ", column " + letters(column) + (header.isEmpty() ? "" : " (" + header + ")");
    }

    /** The spreadsheet's name of a 1-based column: 1 → A, 27 → AA. */
    public static String letters(int column) {
        StringBuilder s = new StringBuilder();
        for (int c = column; c > 0; c = (c - 1) / 26) {
            s.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return s.toString();
    }
}
