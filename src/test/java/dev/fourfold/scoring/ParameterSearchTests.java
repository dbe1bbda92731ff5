package dev.fourfold.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/**
 * The batched, cut-short search finds exactly what the plain search — every candidate's full error, one at a time,
 * in the documented order — finds, bit for bit.
 */
class ParameterSearchTests {

    @Test
    void findsExactlyTheParametersOfTheOneAtATimeSearch() {
        Random random = new Random(11);
        for (int series = 0; series < 40; series++) {
            int n = 24 + random.nextInt(100);
            double[] y = new double[n];
            int[] positions = new int[n];
            int offset = random.nextInt(12);
            double drift = random.nextGaussian() * 3;
            double noise = 1 + random.nextDouble() * 30;
            for (int t = 0; t < n; t++) {
                y[t] = Math.round((300 + drift * t + 50 * Math.sin(2 * Math.PI * t / 12) + noise * random.nextGaussian())
                        * 100) / 100.0;
                positions[t] = (t + offset) % 12;
            }
            double alpha = series % 5 == 1 ? 0.3 : Double.NaN;
            double beta = series % 5 == 2 ? 0.05 : Double.NaN;
            assertThat(ParameterSearch.minimise(new double[] {alpha, beta}, 21, SmoothingErrors.holt(y)))
                    .as("Holt, series %d", series)
                    .isEqualTo(oneAtATime(new double[] {alpha, beta}, 21, p -> Smoothing.holt(y, p[0], p[1]).mse()));
            assertThat(ParameterSearch.minimise(new double[] {alpha, beta, Double.NaN}, 11,
                    SmoothingErrors.holtWinters(y, positions, 12)))
                    .as("Holt-Winters, series %d", series)
                    .isEqualTo(oneAtATime(new double[] {alpha, beta, Double.NaN}, 11,
                            p -> Smoothing.holtWinters(y, positions, 12, p[0], p[1], p[2]).mse()));
        }
    }

    @Test
    void turnsTheCutoffIntoTheLeastSumWhoseMeanReachesIt() {
        Random random = new Random(5);
        for (int i = 0; i < 10_000; i++) {
            double count = 1 + random.nextInt(500);
            double cutoff = random.nextDouble() * Math.pow(10, random.nextInt(12) - 4);
            double threshold = SmoothingErrors.sumThreshold(cutoff, count);
            assertThat(threshold / count).isGreaterThanOrEqualTo(cutoff);
            assertThat(Math.nextDown(threshold) / count).isLessThan(cutoff);
        }
        assertThat(SmoothingErrors.sumThreshold(Double.POSITIVE_INFINITY, 10)).isEqualTo(Double.POSITIVE_INFINITY);
    }

    /** The search as documented, without batches or cuts: the reference. */
    private static double[] oneAtATime(double[] given, int grid, ToDoubleFunction<double[]> error) {
        double[] best = given.clone();
        double bestError = Double.POSITIVE_INFINITY;
        int free = 0;
        for (double g : given) {
            free += Double.isNaN(g) ? 1 : 0;
        }
        for (int c = 0; c < (int) Math.pow(grid, free); c++) {
            double[] candidate = new double[given.length];
            int code = c;
            for (int i = 0; i < given.length; i++) {
                candidate[i] = Double.isNaN(given[i]) ? (code % grid) / (double) (grid - 1) : given[i];
                code /= Double.isNaN(given[i]) ? grid : 1;
            }
            double e = error.applyAsDouble(candidate);
            if (e < bestError) {
                bestError = e;
                best = candidate;
            }
        }
        int moves = 0;
        for (double s = 1.0 / (grid - 1) / 2; s >= 1e-6 && moves < CompassSearch.MAX_MOVES; ) {
            boolean improved = false;
            for (int i = 0; i < best.length; i++) {
                for (double direction = -1; direction <= 1 && Double.isNaN(given[i]); direction += 2) {
                    double[] candidate = best.clone();
                    candidate[i] = Math.max(0, Math.min(1, best[i] + direction * s));
                    if (candidate[i] == best[i] || moves == CompassSearch.MAX_MOVES) {
                        continue;
                    }
                    moves++;
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
