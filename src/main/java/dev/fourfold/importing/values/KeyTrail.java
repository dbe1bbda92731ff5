package dev.fourfold.importing.values;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The KPI and period of every value of a file, 16 bytes a value, to find the values given twice in different
 * chunks (a chunk finds its own twice-given values when it is checked). A key packs the KPI's id (below 2^41) and
 * the first day of the period (any day of the years 0000 to 9999) into one {@code long}.
 */
final class KeyTrail {

    private static final long FIRST_DAY = LocalDate.of(0, 1, 1).toEpochDay();
    private static final int DAY_BITS = 22;

    private final int chunk;
    private long[] keys = new long[1024];
    private int[] rows = new int[1024];
    private int[] columns = new int[1024];
    private int size;

    /** @param chunk the rows per chunk: values of one chunk are told apart by the chunk's own check */
    KeyTrail(int chunk) {
        this.chunk = chunk;
    }

    /** Adds the next value of the file, in the order of the chunks' rows; call for every row, checked or not. */
    void add(long kpiId, LocalDate periodStart, int row, int column) {
        if (kpiId >= 1L << (63 - DAY_BITS) || kpiId < 0) {
            throw new IllegalStateException("KPI id " + kpiId + " does not fit a key");
        }
        put((kpiId << DAY_BITS) | (periodStart.toEpochDay() - FIRST_DAY), row, column);
    }

    /** Adds a row whose value was refused (it has no KPI or period), to keep the places of the others. */
    void skip() {
        put(-1, 0, 0);
    }

    private void put(long key, int row, int column) {
        if (size == keys.length) {
            int grown = size + (size >> 1);
            keys = Arrays.copyOf(keys, grown);
            rows = Arrays.copyOf(rows, grown);
            columns = Arrays.copyOf(columns, grown);
        }
        keys[size] = key;
        rows[size] = row;
        columns[size] = column;
        size++;
    }

    /** A value given again in a later chunk, at its row and column, with the row that gave it first. */
    record Repeat(int row, int column, int firstRow) {
    }

    /** The values given again in a chunk after the one that gave them first, in the order of the file. */
    List<Repeat> repeats() {
        long[] sorted = Arrays.copyOf(keys, size);
        Arrays.sort(sorted);
        Set<Long> twice = new HashSet<>();
        for (int i = 1; i < size; i++) {
            if (sorted[i] >= 0 && sorted[i] == sorted[i - 1]) {
                twice.add(sorted[i]);
            }
        }
        List<Repeat> repeats = new ArrayList<>();
        if (twice.isEmpty()) {
            return repeats;
        }
        Map<Long, Integer> first = new HashMap<>();
        for (int i = 0; i < size; i++) {
            if (twice.contains(keys[i])) {
                Integer at = first.putIfAbsent(keys[i], i);
                if (at != null && at / chunk != i / chunk) {
                    repeats.add(new Repeat(rows[i], columns[i], rows[at]));
                }
            }
        }
        return repeats;
    }
}
