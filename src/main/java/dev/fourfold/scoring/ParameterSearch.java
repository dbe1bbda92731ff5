package dev.fourfold.scoring;

import java.util.function.ToDoubleFunction;

/**
 * Least-squares fitting of smoothing parameters in [0, 1]: a coarse grid over the free parameters, then a
 * compass search that halves its step down to 1e-6. Deterministic and robust to the flat or multi-modal error
 * surfaces short series give; parameters that are given stay fixed.
 */
final class ParameterSearch {

    private ParameterSearch() {
    }

    /**
     * @param given  each parameter's given value, or {@code NaN} to fit it
     * @param grid   grid points per free parameter (e.g. 21 for steps of 0.05)
     * @param error  the mean squared one-step error of a parameter vector
     */
    static double[] minimise(double[] given, int grid, ToDoubleFunction<double[]> error) {
        int k = given.length;
        double[] best = given.clone();
        double bestError = Double.POSITIVE_INFINITY;
        int free = 0;
        for (double g : given) {
            free += Double.isNaN(g) ? 1 : 0;
        }
        int combinations = (int) Math.pow(grid, free);
        double[] candidate = new double[k];
        for (int c = 0; c < combinations; c++) {
            int code = c;
            for (int i = 0; i < k; i++) {
                if (Double.isNaN(given[i])) {
                    candidate[i] = (code % grid) / (double) (grid - 1);
                    code /= grid;
                } else {
                    candidate[i] = given[i];
                }
            }
            double e = error.applyAsDouble(candidate);
            if (e < bestError) {
                bestError = e;
                best = candidate.clone();
            }
        }
        return refine(given, best, bestError, 1.0 / (grid - 1), error);
    }

    private static double[] refine(double[] given, double[] best, double bestError, double step,
                                   ToDoubleFunction<double[]> error) {
        for (double s = step / 2; s >= 1e-6; ) {
            boolean improved = false;
            for (int i = 0; i < best.length; i++) {
                if (!Double.isNaN(given[i])) {
                    continue;
                }
                for (double direction : new double[] {-1, 1}) {
                    double[] candidate = best.clone();
                    candidate[i] = Math.max(0, Math.min(1, best[i] + direction * s));
                    double e = error.applyAsDouble(candidate);
                    if (e < bestError - 1e-15) {
                        bestError = e;
                        best = candidate;
                        improved = true;
                    }
                }
            }
            if (!improved) {
                s /= 2;
            }
        }
        return best;
    }
}
