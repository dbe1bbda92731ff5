package dev.fourfold.scoring;

/**
 * The combination of native-period values of one window: the aggregated value ({@code NaN} when none is present),
 * how many were present and the ordinal of the latest present one. Reused by actuals, targets and forecasts.
 */
final class Aggregate {

    double value = Double.NaN;
    int present;
    int last = Integer.MIN_VALUE;

    void add(double x, int index, Aggregation aggregation) {
        if (Double.isNaN(x)) {
            return;
        }
        if (present == 0) {
            value = x;
        } else {
            value = switch (aggregation) {
                case SUM, AVERAGE -> value + x;
                case MIN -> Math.min(value, x);
                case MAX -> Math.max(value, x);
                case LAST, FORMULA -> x;
            };
        }
        present++;
        last = index;
    }

    /** The aggregated value once every value was added (an average divides here). */
    double result(Aggregation aggregation) {
        return aggregation == Aggregation.AVERAGE && present > 0 ? value / present : value;
    }

    /** Aggregates {@code series} over native ordinals {@code [first, end)}. */
    static Aggregate over(Series series, int first, int end, Aggregation aggregation) {
        Aggregate a = new Aggregate();
        int from = Math.max(first, series.first());
        int to = Math.min(end, series.end());
        for (int i = from; i < to; i++) {
            a.add(series.get(i), i, aggregation);
        }
        a.value = a.result(aggregation);
        return a;
    }
}
