package dev.fourfold.scoring;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which scorecards include which: a scorecard may not include itself, directly or through others (A includes B
 * includes A), since its score would then depend on itself. Depth first with an explicit stack, so a long chain of
 * inclusions cannot exhaust the thread's stack.
 */
public final class IncludeGraph {

    private IncludeGraph() {
    }

    /**
     * A cycle of inclusions, as the path from a scorecard back to itself ({@code [A, B, A]}), or empty.
     *
     * @param includes by scorecard, the scorecards it includes (keys as the caller names them, compared exactly)
     */
    public static Optional<List<String>> findCycle(Map<String, ? extends Collection<String>> includes) {
        Map<String, Integer> state = new HashMap<>();
        for (String start : includes.keySet()) {
            if (state.containsKey(start)) {
                continue;
            }
            List<String> path = new ArrayList<>();
            Deque<Iterator<String>> pending = new ArrayDeque<>();
            state.put(start, 1);
            path.add(start);
            pending.push(successors(includes, start));
            while (!pending.isEmpty()) {
                Iterator<String> next = pending.peek();
                if (!next.hasNext()) {
                    pending.pop();
                    state.put(path.remove(path.size() - 1), 2);
                    continue;
                }
                String child = next.next();
                Integer seen = state.get(child);
                if (seen == null) {
                    state.put(child, 1);
                    path.add(child);
                    pending.push(successors(includes, child));
                } else if (seen == 1) {
                    List<String> cycle = new ArrayList<>(path.subList(path.indexOf(child), path.size()));
                    cycle.add(child);
                    return Optional.of(cycle);
                }
            }
        }
        return Optional.empty();
    }

    private static Iterator<String> successors(Map<String, ? extends Collection<String>> includes, String key) {
        Collection<String> next = includes.get(key);
        return next == null ? List.<String>of().iterator() : List.copyOf(next).iterator();
    }
}
