package dev.fourfold.scoring;

import java.util.Arrays;

/** A KPI's native values in order with their native ordinals, gaps skipped: the input of a forecast. */
final class NativeSeries {

    private final double[] values;
    private final int[] indices;

    private NativeSeries(double[] values, int[] indices) {
        this.values = values;
        this.indices = indices;
    }

    /** The values of native periods before ordinal {@code end}; a formula KPI's are evaluated period by period. */
    static NativeSeries upTo(CompiledKpi kpi, int end, KpiEvaluator evaluator) {
        int start = evaluator.historyStart(kpi.frequency);
        if (kpi.isFormula() ? start == Integer.MAX_VALUE : kpi.actuals.isEmpty()) {
            return new NativeSeries(new double[0], new int[0]);
        }
        int first = kpi.isFormula() ? evaluator.calendar().nativeIndexOfDay(kpi.frequency, start)
                : kpi.actuals.first();
        int stop = kpi.isFormula() ? end : Math.min(end, kpi.actuals.end());
        double[] values = new double[Math.max(0, stop - first)];
        int[] indices = new int[values.length];
        int n = 0;
        for (int i = first; i < stop; i++) {
            double x = kpi.isFormula() ? evaluator.nativeValue(kpi, i) : kpi.actuals.get(i);
            if (!Double.isNaN(x)) {
                values[n] = x;
                indices[n++] = i;
            }
        }
        return new NativeSeries(Arrays.copyOf(values, n), Arrays.copyOf(indices, n));
    }

    int size() {
        return values.length;
    }

    double value(int k) {
        return values[k];
    }

    int index(int k) {
        return indices[k];
    }

    int lastIndex() {
        return indices[indices.length - 1];
    }

    double[] values() {
        return values;
    }

    /** Season position of each value from its native ordinal. */
    int[] positions(int seasonLength) {
        int[] positions = new int[indices.length];
        for (int k = 0; k < indices.length; k++) {
            positions[k] = Math.floorMod(indices[k], seasonLength);
        }
        return positions;
    }
}
