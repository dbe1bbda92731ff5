package dev.fourfold.scoring;

/**
 * Least-squares fitting of smoothing parameters in [0, 1]: a coarse grid over the free parameters, then a
 * compass search that halves its step down to 1e-6. Deterministic and robust to the flat or multi-modal error
 * surfaces short series give; parameters that are given stay fixed.
 *
 * <p>Candidates are visited in a fixed order and a candidate replaces the best only when its error is strictly
 * lower (by more than 1e-15 in the compass search), so ties keep the earlier one. The search passes that bar to
 * the {@link Objective} as a cutoff, which may stop computing a candidate as soon as its error provably reaches it;
 * a compass move that the clamp to [0, 1] turns into the best itself is not recomputed, since its error is the
 * best's. Neither changes which candidate wins.
 */
final class ParameterSearch {

    /** The error of a parameter vector: exact when below {@code cutoff}, otherwise any value at or above it. */
    @FunctionalInterface
    interface Objective {
        double error(double[] parameters, double cutoff);
    }

    private ParameterSearch() {
    }

    /**
     * @param given  each parameter's given value, or {@code NaN} to fit it
     * @param grid   grid points per free parameter (e.g. 21 for steps of 0.05)
     * @param error  the mean squared one-step error of a parameter vector
     */
    static double[] minimise(double[] given, int grid, Objective error) {
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
            double e = error.error(candidate, bestError);
            if (e < bestError) {
                bestError = e;
                best = candidate.clone();
            }
        }
        return refine(given, best, bestError, 1.0 / (grid - 1), error);
    }

    private static double[] refine(double[] given, double[] best, double bestError, double step, Objective error) {
        double[] candidate = best.clone();
        for (double s = step / 2; s >= 1e-6; ) {
            boolean improved = false;
            for (int i = 0; i < best.length; i++) {
                if (!Double.isNaN(given[i])) {
                    continue;
                }
                for (int direction = -1; direction <= 1; direction += 2) {
                    double moved = Math.max(0, Math.min(1, best[i] + direction * s));
                    if (Double.doubleToLongBits(moved) == Double.doubleToLongBits(best[i])) {
                        continue;
                    }
                    System.arraycopy(best, 0, candidate, 0, best.length);
                    candidate[i] = moved;
                    double cutoff = bestError - 1e-15;
                    double e = error.error(candidate, cutoff);
                    if (e < cutoff) {
                        bestError = e;
                        double[] previous = best;
                        best = candidate;
                        candidate = previous;
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
