package dev.fourfold.importing.values;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Hands a file's rows on in chunks of a fixed size, so that a file of a million rows is checked and written a
 * chunk at a time; keeps the header, the first problems of the file itself (the rest counted) and the empty rows.
 */
final class RowChunks implements ValueSink {

    private final int size;
    private final BiConsumer<List<ValueRow>, List<String>> each;
    private List<ValueRow> rows;
    final RowProblems problems = new RowProblems();
    List<String> headers = List.of();
    int empty;
    int chunks;

    /** @param each takes a chunk's rows and the file's header */
    RowChunks(int size, BiConsumer<List<ValueRow>, List<String>> each) {
        this.size = size;
        this.each = each;
        this.rows = new ArrayList<>(size);
    }

    @Override
    public void value(ValueRow row) {
        rows.add(row);
        if (rows.size() == size) {
            flush();
        }
    }

    /** Hands on the rows read since the last chunk; call once more after the file is read. */
    void flush() {
        if (!rows.isEmpty()) {
            List<ValueRow> chunk = rows;
            rows = new ArrayList<>(size);
            chunks++;
            each.accept(chunk, headers);
        }
    }

    @Override
    public void problem(RowProblem problem) {
        problems.add(problem);
    }

    @Override
    public void header(List<String> cells) {
        headers = List.copyOf(cells);
    }

    @Override
    public void empty(int row) {
        empty++;
    }
}
