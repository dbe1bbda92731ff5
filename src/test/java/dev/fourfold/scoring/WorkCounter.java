package dev.fourfold.scoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Counts formula evaluations by KPI and window (start, end, lag) through the model's probe. */
final class WorkCounter implements FormulaProbe {

    private final Map<List<Object>, Integer> counts = new HashMap<>();
    private int total;

    @Override
    public synchronized void evaluated(String code, Window window, int lag) {
        counts.merge(List.of(code, window.start(), window.end(), lag), 1, Integer::sum);
        total++;
    }

    synchronized int total() {
        return total;
    }

    /** The (KPI, window) pairs evaluated more than once, with how often. */
    synchronized Map<List<Object>, Integer> repeated() {
        Map<List<Object>, Integer> repeated = new HashMap<>();
        counts.forEach((key, n) -> {
            if (n > 1) {
                repeated.put(key, n);
            }
        });
        return repeated;
    }

    synchronized void reset() {
        counts.clear();
        total = 0;
    }

    synchronized List<List<Object>> keys() {
        return new ArrayList<>(counts.keySet());
    }
}
