package dev.fourfold.scoring;

/**
 * Holt's linear trend and additive Holt-Winters (Hyndman &amp; Athanasopoulos, FPP §7.2–7.3). Holt starts from
 * ℓ0 = y1 and b0 = y2 − y1 as the state before y1 and runs over every value from y1. Holt-Winters starts from the
 * first season's mean level, the trend between the first two seasons' means, and the first season's deviations.
 */
final class Smoothing {

    private Smoothing() {
    }

    static SmoothingFit holt(double[] y, double alpha, double beta) {
        int n = y.length;
        double[] fitted = new double[n];
        double[] trends = new double[n];
        double level = y[0];
        double trend = y[1] - y[0];
        for (int t = 0; t < n; t++) {
            fitted[t] = level + trend;
            double previous = level;
            level = alpha * y[t] + (1 - alpha) * (level + trend);
            trend = beta * (level - previous) + (1 - beta) * trend;
            trends[t] = trend;
        }
        return new SmoothingFit(ForecastMethod.HOLT, alpha, beta, Double.NaN, fitted, trends, level, trend,
                new double[0], 0, mse(y, fitted));
    }

    /**
     * @param positions the season position (0 … period−1) of each value, from its native period
     */
    static SmoothingFit holtWinters(double[] y, int[] positions, int period, double alpha, double beta, double gamma) {
        int n = y.length;
        double first = mean(y, 0, period);
        double level = first;
        double trend = (mean(y, period, 2 * period) - first) / period;
        double[] seasonals = new double[period];
        for (int t = 0; t < period; t++) {
            seasonals[positions[t]] = y[t] - first;
        }
        double[] fitted = new double[n];
        double[] trends = new double[n];
        for (int t = 0; t < n; t++) {
            int p = positions[t];
            fitted[t] = level + trend + seasonals[p];
            double previous = level;
            level = alpha * (y[t] - seasonals[p]) + (1 - alpha) * (previous + trend);
            seasonals[p] = gamma * (y[t] - previous - trend) + (1 - gamma) * seasonals[p];
            trend = beta * (level - previous) + (1 - beta) * trend;
            trends[t] = trend;
        }
        return new SmoothingFit(ForecastMethod.HOLT_WINTERS, alpha, beta, gamma, fitted, trends, level, trend,
                seasonals, period, mse(y, fitted));
    }

    /** Mean squared one-step error from the third value on: the first two are fixed by the initial state. */
    static double mse(double[] y, double[] fitted) {
        double sum = 0;
        for (int t = 2; t < y.length; t++) {
            double e = y[t] - fitted[t];
            sum += e * e;
        }
        return y.length > 2 ? sum / (y.length - 2) : 0;
    }

    static double mean(double[] y, int from, int to) {
        double sum = 0;
        for (int t = from; t < to; t++) {
            sum += y[t];
        }
        return sum / (to - from);
    }
}
