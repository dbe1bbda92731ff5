package dev.fourfold.scoring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/** Depth-first search for a cycle in the same-period dependencies of formula KPIs. */
final class FormulaGraph {

    private final Map<String, TreeSet<String>> edges = new TreeMap<>();
    private final Map<String, Integer> state = new HashMap<>();
    private final List<String> stack = new ArrayList<>();

    private FormulaGraph(Map<String, ? extends Collection<String>> references) {
        references.forEach((code, refs) -> {
            TreeSet<String> targets = edges.computeIfAbsent(upper(code), c -> new TreeSet<>());
            refs.forEach(r -> targets.add(upper(r)));
        });
    }

    static Optional<List<String>> findCycle(Map<String, ? extends Collection<String>> references) {
        FormulaGraph graph = new FormulaGraph(references);
        for (String code : graph.edges.keySet()) {
            List<String> cycle = graph.visit(code);
            if (cycle != null) {
                return Optional.of(cycle);
            }
        }
        return Optional.empty();
    }

    /** Returns a cycle reachable from {@code code}, or {@code null}; state 1 = on the stack, 2 = done. */
    private List<String> visit(String code) {
        Integer seen = state.get(code);
        if (seen != null) {
            if (seen == 2) {
                return null;
            }
            List<String> cycle = new ArrayList<>(stack.subList(stack.indexOf(code), stack.size()));
            cycle.add(code);
            return cycle;
        }
        state.put(code, 1);
        stack.add(code);
        for (String next : edges.getOrDefault(code, new TreeSet<>())) {
            List<String> cycle = visit(next);
            if (cycle != null) {
                return cycle;
            }
        }
        stack.remove(stack.size() - 1);
        state.put(code, 2);
        return null;
    }

    private static String upper(String code) {
        return code.toUpperCase(Locale.ROOT);
    }
}
