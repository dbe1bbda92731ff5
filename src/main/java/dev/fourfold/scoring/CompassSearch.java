package dev.fourfold.scoring;

/**
 * The compass search that refines the grid's best: for each free parameter in turn, a move down then up by the
 * step (clamped to [0, 1]) replaces the best when its error is lower by more than 1e-15; a sweep without
 * improvement halves the step, down to 1e-6.
 *
 * <p>The moves are computed {@link ParameterSearch#LANES} at a time along a predicted path: each move is expected
 * to fare as it did the last time it was tried (on a long valley the search repeats the same pattern of accepted
 * moves, sweep after sweep), and later moves of the batch start from the best that prediction implies. The batch
 * is then read in order against the true best; at the first move that fares otherwise than predicted, the rest is
 * dropped and the search goes on after that move. So the sequence of accepted moves is exactly that of one move at
 * a time. A move that the clamp turns into the best itself is not computed: its error is the best's, which is never
 * an improvement.
 *
 * <p>The search also stops after {@link #MAX_MOVES} moves read in order (the same count as one move at a time), with
 * the best found by then. A rare series creeps along a long, flat valley at the smallest step for hundreds of
 * thousands of moves, each improving its error by next to nothing; the bound keeps the cost of any series within a
 * few milliseconds' worth of moves, and leaves every series that converges sooner exactly as it was.
 */
final class CompassSearch {

    /** The most moves one search reads. */
    static final int MAX_MOVES = 20_000;

    private final double[] given;
    private final boolean[] acceptedLast;
    private double[] best;
    private double bestError;
    private int moves;

    private CompassSearch(double[] given, double[] best, double bestError) {
        this.given = given;
        this.acceptedLast = new boolean[2 * given.length];
        this.best = best;
        this.bestError = bestError;
    }

    static double[] refine(double[] given, double[] best, double bestError, double gridStep,
                           ParameterSearch.Objective error) {
        CompassSearch search = new CompassSearch(given, best.clone(), bestError);
        search.run(new Cursor(gridStep / 2, 2 * given.length), error);
        return search.best;
    }

    private void run(Cursor start, ParameterSearch.Objective error) {
        int lanes = ParameterSearch.LANES;
        double[][] candidates = new double[lanes][best.length];
        double[] errors = new double[lanes];
        Cursor[] at = new Cursor[lanes];
        boolean[] predicted = new boolean[lanes];
        Cursor cursor = start;
        while (cursor.step >= 1e-6 && moves < MAX_MOVES) {
            Cursor end = cursor.copy();
            double[] base = best;
            int m = 0;
            while (m < lanes && end.step >= 1e-6) {
                int i = end.slot / 2;
                if (Double.isNaN(given[i])) {
                    double moved = Math.max(0, Math.min(1, base[i] + (end.slot % 2 == 0 ? -1 : 1) * end.step));
                    if (Double.doubleToLongBits(moved) != Double.doubleToLongBits(base[i])) {
                        System.arraycopy(base, 0, candidates[m], 0, base.length);
                        candidates[m][i] = moved;
                        at[m] = end.copy();
                        predicted[m] = acceptedLast[end.slot];
                        if (predicted[m]) {
                            base = candidates[m];
                            end.improved = true;
                        }
                        m++;
                    }
                }
                end.advance();
            }
            cursor = m == 0 ? end : take(error, candidates, errors, at, predicted, m, end);
        }
    }

    /** Computes the batch, reads it in order and returns where the search goes on. */
    private Cursor take(ParameterSearch.Objective error, double[][] candidates, double[] errors, Cursor[] at,
                        boolean[] predicted, int m, Cursor end) {
        error.errors(candidates, m, bestError - 1e-15, errors);
        for (int j = 0; j < m; j++) {
            boolean accepted = errors[j] < bestError - 1e-15;
            acceptedLast[at[j].slot] = accepted;
            if (accepted) {
                bestError = errors[j];
                best = candidates[j].clone();
            }
            if (++moves == MAX_MOVES) {
                return at[j];
            }
            if (accepted != predicted[j]) {
                Cursor next = at[j];
                next.improved |= accepted;
                next.advance();
                return next;
            }
        }
        return end;
    }

    /** Where the search is: the step, whether this sweep improved, and the move (parameter × 2 + direction). */
    private static final class Cursor {

        private final int slots;
        private double step;
        private boolean improved;
        private int slot;

        Cursor(double step, int slots) {
            this.step = step;
            this.slots = slots;
        }

        /** The next move: the other direction or parameter, or a new sweep (halving the step unless improved). */
        void advance() {
            slot++;
            if (slot == slots) {
                slot = 0;
                if (!improved) {
                    step /= 2;
                }
                improved = false;
            }
        }

        Cursor copy() {
            Cursor c = new Cursor(step, slots);
            c.improved = improved;
            c.slot = slot;
            return c;
        }
    }
}
