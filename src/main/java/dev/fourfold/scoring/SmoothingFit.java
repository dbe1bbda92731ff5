package dev.fourfold.scoring;

/**
 * One run of exponential smoothing over a series: the parameters, the one-step fitted values and trend states, the
 * final state and the mean squared one-step error from the third value on.
 *
 * @param gamma     seasonal smoothing, {@code NaN} for Holt
 * @param seasonals final seasonal terms by season position, empty for Holt
 * @param period    season length (12 or 4), 0 for Holt
 */
record SmoothingFit(ForecastMethod method, double alpha, double beta, double gamma, double[] fitted, double[] trends,
                    double level, double trend, double[] seasonals, int period, double mse) {

    /** The point forecast {@code h} steps after the last value, whose season position is {@code position}. */
    double forecast(int h, int position) {
        return level + h * trend + (period == 0 ? 0 : seasonals[position]);
    }

    /**
     * The variance factor of horizon {@code h}: 1 + Σ_{j=1}^{h−1} c_j² with c_j = α(1 + jβ), plus γ where j is a
     * whole number of seasons (the state-space form of Holt and additive Holt-Winters).
     */
    double varianceFactor(int h) {
        double factor = 1;
        for (int j = 1; j < h; j++) {
            double c = alpha * (1 + j * beta) + (period > 0 && j % period == 0 ? gamma : 0);
            factor += c * c;
        }
        return factor;
    }
}
