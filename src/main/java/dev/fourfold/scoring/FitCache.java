package dev.fourfold.scoring;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The model and parameters chosen for the most recently forecast series, so that a chart or forecast asked for again
 * skips the parameter search. Keyed by the exact values (bit for bit), their season positions and the settings, so
 * a changed value is simply another series and nothing needs invalidating. Bounded, least recently used first out:
 * {@value #DEFAULT_CAPACITY} series by default (about 2 KB each for 120 monthly values), or the number given by the
 * system property {@code fourfold.forecast.cache} (0 turns it off).
 */
final class FitCache {

    static final int DEFAULT_CAPACITY = 1024;

    private static final int CAPACITY = Integer.getInteger("fourfold.forecast.cache", DEFAULT_CAPACITY);
    private static final Map<Key, Choice> RECENT = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Choice> eldest) {
            return size() > CAPACITY;
        }
    };

    private FitCache() {
    }

    /** A chosen model with its parameters ({@code gamma} {@code NaN} for Holt). */
    record Choice(ForecastMethod method, double alpha, double beta, double gamma) {
    }

    /** A series as the parameter search sees it. */
    record Key(double[] values, int[] positions, int seasonLength, ForecastSettings settings) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && seasonLength == k.seasonLength && settings.equals(k.settings)
                    && Arrays.equals(values, k.values) && Arrays.equals(positions, k.positions);
        }

        @Override
        public int hashCode() {
            return Objects.hash(Arrays.hashCode(values), Arrays.hashCode(positions), seasonLength, settings);
        }

        @Override
        public String toString() {
            return "Key[" + values.length + " values, season " + seasonLength + ", " + settings + "]";
        }
    }

    static @Nullable Choice get(Key key) {
        if (CAPACITY <= 0) {
            return null;
        }
        synchronized (RECENT) {
            return RECENT.get(key);
        }
    }

    static void put(Key key, Choice choice) {
        if (CAPACITY <= 0) {
            return;
        }
        synchronized (RECENT) {
            RECENT.put(key, choice);
        }
    }

    /** Forgets every series (for tests that must see the search run). */
    static void clear() {
        synchronized (RECENT) {
            RECENT.clear();
        }
    }
}
