package dev.fourfold.scoring;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Cycles among formula KPIs: a cycle in the same-period dependencies, and the KPIs that read their own past. */
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

    /** Every code with a formula, in order. */
    Set<String> codes() {
        return edges.keySet();
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

    /**
     * The codes that lie on a cycle (a code reading itself counts), found with Tarjan's strongly connected
     * components; iterative, so a long chain of formulas cannot exhaust the stack.
     */
    static Set<String> onCycles(Map<String, ? extends Collection<String>> references) {
        return new StronglyConnected(new FormulaGraph(references)).cyclic();
    }

    /**
     * The formula KPIs that build on more than {@code limit} formulas in a row: for each code, the longest chain of
     * formulas it reads through (itself included), following every edge except those that close a cycle (cycles run
     * through {@code prev} and are evaluated oldest first, not by recursion). Iterative, so any chain is measured.
     */
    static Set<String> longerThan(Map<String, ? extends Collection<String>> references, int limit) {
        Set<String> over = new TreeSet<>();
        new FormulaGraph(references).chainLengths().forEach((code, n) -> {
            if (n > limit) {
                over.add(code);
            }
        });
        return over;
    }

    /** The length of the longest chain of formulas below each code, depth first with an explicit stack. */
    private Map<String, Integer> chainLengths() {
        Map<String, Integer> length = new HashMap<>();
        Set<String> onPath = new HashSet<>();
        for (String root : edges.keySet()) {
            if (length.containsKey(root)) {
                continue;
            }
            Deque<String> path = new ArrayDeque<>();
            Deque<Iterator<String>> pending = new ArrayDeque<>();
            descend(root, path, pending, onPath);
            while (!path.isEmpty()) {
                Iterator<String> next = pending.peek();
                if (next.hasNext()) {
                    String w = next.next();
                    if (!length.containsKey(w) && !onPath.contains(w)) {
                        descend(w, path, pending, onPath);
                    }
                    continue;
                }
                String v = path.pop();
                pending.pop();
                onPath.remove(v);
                length.put(v, successors(v).isEmpty() ? 0 : 1 + successors(v).stream()
                        .mapToInt(w -> length.getOrDefault(w, 0)).max().orElse(0));
            }
        }
        return length;
    }

    private void descend(String code, Deque<String> path, Deque<Iterator<String>> pending, Set<String> onPath) {
        path.push(code);
        onPath.add(code);
        pending.push(successors(code).iterator());
    }

    /** The codes {@code code} reads, in upper case. */
    Set<String> successors(String code) {
        Set<String> next = edges.get(code);
        return next == null ? Set.of() : next;
    }

    /**
     * Returns a cycle reachable from {@code code}, or {@code null}; state 1 = on the path, 2 = done. Depth-first in
     * the order of the codes, with an explicit stack, so a long chain of formulas cannot exhaust the thread's stack.
     */
    private List<String> visit(String code) {
        if (state.get(code) != null) {
            return null;
        }
        Deque<Iterator<String>> pending = new ArrayDeque<>();
        state.put(code, 1);
        stack.add(code);
        pending.push(successors(code).iterator());
        while (!pending.isEmpty()) {
            Iterator<String> next = pending.peek();
            if (!next.hasNext()) {
                pending.pop();
                state.put(stack.remove(stack.size() - 1), 2);
                continue;
            }
            String w = next.next();
            Integer seen = state.get(w);
            if (seen == null) {
                state.put(w, 1);
                stack.add(w);
                pending.push(successors(w).iterator());
            } else if (seen == 1) {
                List<String> cycle = new ArrayList<>(stack.subList(stack.indexOf(w), stack.size()));
                cycle.add(w);
                return cycle;
            }
        }
        return null;
    }

    private static String upper(String code) {
        return code.toUpperCase(Locale.ROOT);
    }
}
