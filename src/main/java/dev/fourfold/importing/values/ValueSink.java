package dev.fourfold.importing.values;

import java.util.List;

/** Receives what a file of values holds, row by row, so that a large file never sits in memory as a whole. */
public interface ValueSink {

    void value(ValueRow row);

    void problem(RowProblem problem);

    /** The header's cells as written, once it is read. */
    default void header(List<String> cells) {
    }

    /** A row that gives no value (an empty cell of a template); counted, nothing else. */
    default void empty(int row) {
    }
}
