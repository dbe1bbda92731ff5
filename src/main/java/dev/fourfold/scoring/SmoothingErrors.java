package dev.fourfold.scoring;

/**
 * The mean squared one-step errors of {@link Smoothing} for one series, computed for many parameter vectors by the
 * parameter search: the same arithmetic in the same order as {@link Smoothing#holt} and
 * {@link Smoothing#holtWinters} (so bit for bit the same values), without allocating per candidate, with the
 * seasonal start computed once, and stopping early once the error provably reaches a cutoff. Not thread-safe: one
 * instance per fit.
 */
final class SmoothingErrors {

    private final double[] y;
    private final int[] positions;
    private final double[] initialSeasonals;
    private final double[] seasonals;
    private final double initialLevel;
    private final double initialTrend;
    private final double count;

    private SmoothingErrors(double[] y, int[] positions, int period) {
        this.y = y;
        this.positions = positions;
        this.count = y.length - 2;
        this.initialSeasonals = new double[period];
        this.seasonals = new double[period];
        if (period == 0) {
            initialLevel = y[0];
            initialTrend = y[1] - y[0];
            return;
        }
        double first = Smoothing.mean(y, 0, period);
        initialLevel = first;
        initialTrend = (Smoothing.mean(y, period, 2 * period) - first) / period;
        for (int t = 0; t < period; t++) {
            initialSeasonals[positions[t]] = y[t] - first;
        }
    }

    static SmoothingErrors holt(double[] y) {
        return new SmoothingErrors(y, new int[0], 0);
    }

    /** @param positions the season position (0 … period−1) of each value */
    static SmoothingErrors holtWinters(double[] y, int[] positions, int period) {
        return new SmoothingErrors(y, positions, period);
    }

    /**
     * Holt's error for {@code p = {alpha, beta}}; the exact error when it is below {@code cutoff}, otherwise some
     * value at or above it. The sum of squares only grows (rounding is monotonic and the terms are not negative),
     * so a partial mean at or above the cutoff proves the whole one is too.
     */
    double holt(double[] p, double cutoff) {
        double alpha = p[0];
        double beta = p[1];
        double level = initialLevel;
        double trend = initialTrend;
        double sum = 0;
        for (int t = 0; t < y.length; t++) {
            double fitted = level + trend;
            if (t >= 2) {
                double e = y[t] - fitted;
                sum += e * e;
                if (sum / count >= cutoff) {
                    return sum / count;
                }
            }
            double previous = level;
            level = alpha * y[t] + (1 - alpha) * (level + trend);
            trend = beta * (level - previous) + (1 - beta) * trend;
        }
        return y.length > 2 ? sum / count : 0;
    }

    /** Additive Holt-Winters' error for {@code p = {alpha, beta, gamma}}, with the same cutoff rule as Holt's. */
    double holtWinters(double[] p, double cutoff) {
        double alpha = p[0];
        double beta = p[1];
        double gamma = p[2];
        double[] s = seasonals;
        System.arraycopy(initialSeasonals, 0, s, 0, s.length);
        double level = initialLevel;
        double trend = initialTrend;
        double sum = 0;
        for (int t = 0; t < y.length; t++) {
            int position = positions[t];
            double fitted = level + trend + s[position];
            if (t >= 2) {
                double e = y[t] - fitted;
                sum += e * e;
                if (sum / count >= cutoff) {
                    return sum / count;
                }
            }
            double previous = level;
            level = alpha * (y[t] - s[position]) + (1 - alpha) * (previous + trend);
            s[position] = gamma * (y[t] - previous - trend) + (1 - gamma) * s[position];
            trend = beta * (level - previous) + (1 - beta) * trend;
        }
        return y.length > 2 ? sum / count : 0;
    }
}
