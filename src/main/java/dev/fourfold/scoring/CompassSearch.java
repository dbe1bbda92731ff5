package dev.fourfold.scoring;

/**
 * The compass search that refines the grid's best: for each free parameter in turn, a move down then up by the
 * step (clamped to [0, 1]) replaces the best when its error is lower by more than 1e-15; a sweep without
 * improvement halves the step, down to 1e-6.
 *
 * <p>The moves are computed {@link ParameterSearch#LANES} at a time as if none of them improved: the batch is read
 * in order, and at the first improvement the rest is dropped and the search continues after it, so the sequence of
 * accepted moves is exactly that of one move at a time. A move that the clamp turns into the best itself is not
 * computed: its error is the best's, which is never an improvement.
 */
final class CompassSearch {

    private final double[] given;
    private double[] best;
    private double bestError;
    private double step;
    private boolean improved;
    private int slot;

    private CompassSearch(double[] given, double[] best, double bestError, double step) {
        this.given = given;
        this.best = best;
        this.bestError = bestError;
        this.step = step;
    }

    static double[] refine(double[] given, double[] best, double bestError, double gridStep,
                           ParameterSearch.Objective error) {
        CompassSearch search = new CompassSearch(given, best.clone(), bestError, gridStep / 2);
        search.run(error);
        return search.best;
    }

    private void run(ParameterSearch.Objective error) {
        int lanes = ParameterSearch.LANES;
        double[][] candidates = new double[lanes][best.length];
        double[] errors = new double[lanes];
        CompassSearch[] positions = new CompassSearch[lanes];
        while (step >= 1e-6) {
            CompassSearch cursor = copy();
            int m = 0;
            while (m < lanes && cursor.step >= 1e-6) {
                int i = cursor.slot / 2;
                if (Double.isNaN(given[i])) {
                    double moved = Math.max(0, Math.min(1, best[i] + (cursor.slot % 2 == 0 ? -1 : 1) * cursor.step));
                    if (Double.doubleToLongBits(moved) != Double.doubleToLongBits(best[i])) {
                        System.arraycopy(best, 0, candidates[m], 0, best.length);
                        candidates[m][i] = moved;
                        positions[m++] = cursor.copy();
                    }
                }
                cursor.advance();
            }
            if (m > 0) {
                cursor = take(error, candidates, errors, positions, m, cursor);
            }
            moveTo(cursor);
        }
    }

    /** Computes the batch and returns where the search goes on: after its first improvement, or after the batch. */
    private CompassSearch take(ParameterSearch.Objective error, double[][] candidates, double[] errors,
                               CompassSearch[] positions, int m, CompassSearch end) {
        double cutoff = bestError - 1e-15;
        error.errors(candidates, m, cutoff, errors);
        for (int j = 0; j < m; j++) {
            if (errors[j] < cutoff) {
                bestError = errors[j];
                best = candidates[j].clone();
                CompassSearch next = positions[j];
                next.improved = true;
                next.advance();
                return next;
            }
        }
        return end;
    }

    /** The next move: the other direction, the next parameter, or a new sweep (halving the step if none improved). */
    private void advance() {
        slot++;
        if (slot == 2 * given.length) {
            slot = 0;
            if (!improved) {
                step /= 2;
            }
            improved = false;
        }
    }

    private CompassSearch copy() {
        CompassSearch c = new CompassSearch(given, best, bestError, step);
        c.improved = improved;
        c.slot = slot;
        return c;
    }

    private void moveTo(CompassSearch cursor) {
        step = cursor.step;
        improved = cursor.improved;
        slot = cursor.slot;
    }
}
