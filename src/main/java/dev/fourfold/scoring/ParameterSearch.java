package dev.fourfold.scoring;

/**
 * Least-squares fitting of smoothing parameters in [0, 1]: a coarse grid over the free parameters, then a
 * compass search that halves its step down to 1e-6. Deterministic and robust to the flat or multi-modal error
 * surfaces short series give; parameters that are given stay fixed.
 *
 * <p>Candidates are visited in a fixed order and a candidate replaces the best only when its error is strictly
 * lower (by more than 1e-15 in the compass search), so ties keep the earlier one. For speed the candidates are
 * computed {@link #LANES} at a time, each batch against the best known before it, and the {@link Objective} may stop
 * computing a candidate once its error provably reaches that bar; the batch's results are then taken in order,
 * exactly as one by one. None of this changes which candidate wins.
 */
final class ParameterSearch {

    /** How many candidates are computed side by side ({@link SmoothingErrors} spells out exactly four). */
    static final int LANES = 4;

    /** The errors of several parameter vectors at once. */
    interface Objective {

        /**
         * Writes the error of each of the first {@code lanes} candidates: exact when below {@code cutoff},
         * otherwise any value at or above it.
         */
        void errors(double[][] candidates, int lanes, double cutoff, double[] errors);
    }

    private ParameterSearch() {
    }

    /**
     * @param given  each parameter's given value, or {@code NaN} to fit it
     * @param grid   grid points per free parameter (e.g. 21 for steps of 0.05)
     * @param error  the mean squared one-step error of parameter vectors
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
        double[][] candidates = new double[LANES][k];
        double[] errors = new double[LANES];
        for (int c = 0; c < combinations; c += LANES) {
            int lanes = Math.min(LANES, combinations - c);
            for (int j = 0; j < lanes; j++) {
                gridPoint(given, grid, c + j, candidates[j]);
            }
            error.errors(candidates, lanes, bestError, errors);
            for (int j = 0; j < lanes; j++) {
                if (errors[j] < bestError) {
                    bestError = errors[j];
                    best = candidates[j].clone();
                }
            }
        }
        return CompassSearch.refine(given, best, bestError, 1.0 / (grid - 1), error);
    }

    private static void gridPoint(double[] given, int grid, int c, double[] candidate) {
        int code = c;
        for (int i = 0; i < given.length; i++) {
            if (Double.isNaN(given[i])) {
                candidate[i] = (code % grid) / (double) (grid - 1);
                code /= grid;
            } else {
                candidate[i] = given[i];
            }
        }
    }
}
