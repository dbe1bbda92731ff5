package dev.fourfold.scoring;

import dev.fourfold.shared.Frequency;
import dev.fourfold.shared.Period;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Map;

/** Values of one KPI by native ordinal in a primitive array; {@code NaN} marks a missing value. */
final class Series {

    static final Series EMPTY = new Series(0, new double[0]);

    private final int base;
    private final double[] values;

    private Series(int base, double[] values) {
        this.base = base;
        this.values = values;
    }

    /** Converts exact decimals to doubles once; periods of another frequency than the KPI's are ignored. */
    static Series of(Map<Period, BigDecimal> byPeriod, FiscalCalendar calendar, Frequency frequency) {
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (Period p : byPeriod.keySet()) {
            if (p.frequency() == frequency) {
                int i = calendar.nativeIndex(p);
                min = Math.min(min, i);
                max = Math.max(max, i);
            }
        }
        if (min > max) {
            return EMPTY;
        }
        double[] values = new double[max - min + 1];
        Arrays.fill(values, Double.NaN);
        for (Map.Entry<Period, BigDecimal> e : byPeriod.entrySet()) {
            if (e.getKey().frequency() == frequency) {
                values[calendar.nativeIndex(e.getKey()) - min] = e.getValue().doubleValue();
            }
        }
        return new Series(min, values);
    }

    double get(int index) {
        int i = index - base;
        return i >= 0 && i < values.length ? values[i] : Double.NaN;
    }

    boolean isEmpty() {
        return values.length == 0;
    }

    /** The first native ordinal with a slot (meaningful only when not empty). */
    int first() {
        return base;
    }

    /** One past the last native ordinal with a slot. */
    int end() {
        return base + values.length;
    }
}
