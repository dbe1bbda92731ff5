package dev.fourfold.scoring;

/**
 * The mean squared one-step errors of {@link Smoothing} for one series, computed for many parameter vectors by the
 * parameter search: the same arithmetic in the same order as {@link Smoothing#holt} and
 * {@link Smoothing#holtWinters}, so bit for bit the same values. Four candidates run side by side in one pass
 * (independent chains of dependent operations keep the processor busy where one alone waits), nothing is allocated
 * per candidate, the seasonal start is computed once, and a pass stops once every candidate's error provably
 * reaches the cutoff. Not thread-safe: one instance per fit.
 */
final class SmoothingErrors implements ParameterSearch.Objective {

    /** The kernels below are written out for exactly this many lanes. */
    private static final int LANES = ParameterSearch.LANES;

    private final double[] y;
    private final int[] positions;
    private final int period;
    private final double[] initialSeasonals;
    private final double initialLevel;
    private final double initialTrend;
    private final double count;
    private final double[][] seasonals;
    private final double[][] lanes = new double[LANES][];
    private final double[] sums = new double[LANES];

    private SmoothingErrors(double[] y, int[] positions, int period) {
        this.y = y;
        this.positions = positions;
        this.period = period;
        this.count = y.length - 2;
        this.initialSeasonals = new double[period];
        this.seasonals = new double[LANES][period];
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

    @Override
    public void errors(double[][] candidates, int used, double cutoff, double[] errors) {
        for (int j = 0; j < LANES; j++) {
            lanes[j] = candidates[Math.min(j, used - 1)];
        }
        double threshold = sumThreshold(cutoff, count);
        if (period == 0) {
            holt(lanes, threshold);
        } else {
            holtWinters(lanes, threshold);
        }
        for (int j = 0; j < used; j++) {
            errors[j] = y.length > 2 ? sums[j] / count : 0;
        }
    }

    /**
     * Holt over {@code p = {alpha, beta}} in four lanes; stops once every lane's sum of squares reaches the
     * threshold (the sum only grows: rounding is monotonic and the terms are not negative).
     */
    private void holt(double[][] p, double threshold) {
        double a0 = p[0][0], a1 = p[1][0], a2 = p[2][0], a3 = p[3][0];
        double b0 = p[0][1], b1 = p[1][1], b2 = p[2][1], b3 = p[3][1];
        double l0 = initialLevel, l1 = l0, l2 = l0, l3 = l0;
        double t0 = initialTrend, t1 = t0, t2 = t0, t3 = t0;
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        for (int t = 0; t < y.length; t++) {
            double yt = y[t];
            double f0 = l0 + t0, f1 = l1 + t1, f2 = l2 + t2, f3 = l3 + t3;
            if (t >= 2) {
                double e0 = yt - f0, e1 = yt - f1, e2 = yt - f2, e3 = yt - f3;
                s0 += e0 * e0;
                s1 += e1 * e1;
                s2 += e2 * e2;
                s3 += e3 * e3;
                if (s0 >= threshold && s1 >= threshold && s2 >= threshold && s3 >= threshold) {
                    break;
                }
            }
            double n0 = a0 * yt + (1 - a0) * f0, n1 = a1 * yt + (1 - a1) * f1;
            double n2 = a2 * yt + (1 - a2) * f2, n3 = a3 * yt + (1 - a3) * f3;
            t0 = b0 * (n0 - l0) + (1 - b0) * t0;
            t1 = b1 * (n1 - l1) + (1 - b1) * t1;
            t2 = b2 * (n2 - l2) + (1 - b2) * t2;
            t3 = b3 * (n3 - l3) + (1 - b3) * t3;
            l0 = n0;
            l1 = n1;
            l2 = n2;
            l3 = n3;
        }
        setSums(s0, s1, s2, s3);
    }

    /** Additive Holt-Winters over {@code p = {alpha, beta, gamma}} in four lanes, stopping like Holt. */
    private void holtWinters(double[][] p, double threshold) {
        double a0 = p[0][0], a1 = p[1][0], a2 = p[2][0], a3 = p[3][0];
        double b0 = p[0][1], b1 = p[1][1], b2 = p[2][1], b3 = p[3][1];
        double g0 = p[0][2], g1 = p[1][2], g2 = p[2][2], g3 = p[3][2];
        double l0 = initialLevel, l1 = l0, l2 = l0, l3 = l0;
        double t0 = initialTrend, t1 = t0, t2 = t0, t3 = t0;
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        double[] q0 = lane(0), q1 = lane(1), q2 = lane(2), q3 = lane(3);
        for (int t = 0; t < y.length; t++) {
            double yt = y[t];
            int at = positions[t];
            double c0 = q0[at], c1 = q1[at], c2 = q2[at], c3 = q3[at];
            double f0 = l0 + t0, f1 = l1 + t1, f2 = l2 + t2, f3 = l3 + t3;
            if (t >= 2) {
                double e0 = yt - (f0 + c0), e1 = yt - (f1 + c1), e2 = yt - (f2 + c2), e3 = yt - (f3 + c3);
                s0 += e0 * e0;
                s1 += e1 * e1;
                s2 += e2 * e2;
                s3 += e3 * e3;
                if (s0 >= threshold && s1 >= threshold && s2 >= threshold && s3 >= threshold) {
                    break;
                }
            }
            double n0 = a0 * (yt - c0) + (1 - a0) * f0, n1 = a1 * (yt - c1) + (1 - a1) * f1;
            double n2 = a2 * (yt - c2) + (1 - a2) * f2, n3 = a3 * (yt - c3) + (1 - a3) * f3;
            q0[at] = g0 * (yt - l0 - t0) + (1 - g0) * c0;
            q1[at] = g1 * (yt - l1 - t1) + (1 - g1) * c1;
            q2[at] = g2 * (yt - l2 - t2) + (1 - g2) * c2;
            q3[at] = g3 * (yt - l3 - t3) + (1 - g3) * c3;
            t0 = b0 * (n0 - l0) + (1 - b0) * t0;
            t1 = b1 * (n1 - l1) + (1 - b1) * t1;
            t2 = b2 * (n2 - l2) + (1 - b2) * t2;
            t3 = b3 * (n3 - l3) + (1 - b3) * t3;
            l0 = n0;
            l1 = n1;
            l2 = n2;
            l3 = n3;
        }
        setSums(s0, s1, s2, s3);
    }

    private double[] lane(int j) {
        System.arraycopy(initialSeasonals, 0, seasonals[j], 0, period);
        return seasonals[j];
    }

    private void setSums(double s0, double s1, double s2, double s3) {
        sums[0] = s0;
        sums[1] = s1;
        sums[2] = s2;
        sums[3] = s3;
    }

    /**
     * The least sum of squares whose mean over {@code count} rounds to at least {@code cutoff}: a sum at or above
     * it proves the error reaches the cutoff, exactly as dividing would.
     */
    static double sumThreshold(double cutoff, double count) {
        if (Double.isNaN(cutoff) || count <= 0) {
            return Double.POSITIVE_INFINITY;
        }
        double t = cutoff * count;
        while (t / count < cutoff) {
            t = Math.nextUp(t);
        }
        while (Math.nextDown(t) / count >= cutoff) {
            t = Math.nextDown(t);
        }
        return t;
    }
}
