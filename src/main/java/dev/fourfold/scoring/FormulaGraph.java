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
        FormulaGraph graph = new FormulaGraph(references);
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> component = new ArrayDeque<>();
        Set<String> onComponent = new HashSet<>();
        Set<String> cyclic = new HashSet<>();
        for (String root : graph.edges.keySet()) {
            if (index.containsKey(root)) {
                continue;
            }
            Deque<String> path = new ArrayDeque<>();
            Deque<Iterator<String>> pending = new ArrayDeque<>();
            graph.enter(root, index, low, component, onComponent, path, pending);
            while (!path.isEmpty()) {
                String v = path.peek();
                Iterator<String> next = pending.peek();
                if (next.hasNext()) {
                    String w = next.next();
                    if (!index.containsKey(w)) {
                        graph.enter(w, index, low, component, onComponent, path, pending);
                    } else if (onComponent.contains(w)) {
                        low.put(v, Math.min(low.get(v), index.get(w)));
                    }
                    continue;
                }
                path.pop();
                pending.pop();
                if (!path.isEmpty()) {
                    low.put(path.peek(), Math.min(low.get(path.peek()), low.get(v)));
                }
                if (low.get(v).equals(index.get(v))) {
                    List<String> members = new ArrayList<>();
                    String w;
                    do {
                        w = component.pop();
                        onComponent.remove(w);
                        members.add(w);
                    } while (!w.equals(v));
                    if (members.size() > 1 || graph.successors(v).contains(v)) {
                        cyclic.addAll(members);
                    }
                }
            }
        }
        return cyclic;
    }

    /**
     * The formula KPIs that build on more than {@code limit} formulas in a row: for each code, the longest chain of
     * formulas it reads through (itself included), following every edge except those that close a cycle (cycles run
     * through {@code prev} and are evaluated oldest first, not by recursion). Iterative, so any chain is measured.
     */
    static Set<String> longerThan(Map<String, ? extends Collection<String>> references, int limit) {
        FormulaGraph graph = new FormulaGraph(references);
        Map<String, Integer> length = new HashMap<>();
        Set<String> onPath = new HashSet<>();
        for (String root : graph.edges.keySet()) {
            if (length.containsKey(root)) {
                continue;
            }
            Deque<String> path = new ArrayDeque<>();
            Deque<Iterator<String>> pending = new ArrayDeque<>();
            path.push(root);
            onPath.add(root);
            pending.push(graph.successors(root).iterator());
            while (!path.isEmpty()) {
                Iterator<String> next = pending.peek();
                if (next.hasNext()) {
                    String w = next.next();
                    if (!length.containsKey(w) && !onPath.contains(w)) {
                        path.push(w);
                        onPath.add(w);
                        pending.push(graph.successors(w).iterator());
                    }
                    continue;
                }
                String v = path.pop();
                pending.pop();
                onPath.remove(v);
                int longest = 0;
                for (String w : graph.successors(v)) {
                    longest = Math.max(longest, length.getOrDefault(w, 0));
                }
                length.put(v, graph.edges.containsKey(v) && !graph.successors(v).isEmpty() ? longest + 1 : 0);
            }
        }
        Set<String> over = new TreeSet<>();
        length.forEach((code, n) -> {
            if (n > limit) {
                over.add(code);
            }
        });
        return over;
    }

    private void enter(String code, Map<String, Integer> index, Map<String, Integer> low, Deque<String> component,
                       Set<String> onComponent, Deque<String> path, Deque<Iterator<String>> pending) {
        index.put(code, index.size());
        low.put(code, index.get(code));
        component.push(code);
        onComponent.add(code);
        path.push(code);
        pending.push(successors(code).iterator());
    }

    private Set<String> successors(String code) {
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
