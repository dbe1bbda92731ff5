package dev.fourfold.importing.values;

import java.util.List;

/** Receives the rows of a table (a CSV file or a sheet), the header first, each with its 1-based row number. */
interface TableRows {

    /**
     * One row's cells as text. A cell holding a spreadsheet date is given as its day ({@code 2026-03-01}) and
     * marked in {@code dated}.
     */
    void row(int number, List<String> cells, Dated dated);

    /** A problem of the file as a whole (it cannot be read further). */
    void unreadable(String message);

    /** Which cells of a row held a spreadsheet date. */
    interface Dated {
        Dated NONE = column -> false;

        /** Whether the cell of the 0-based column held a date. */
        boolean at(int column);
    }
}
