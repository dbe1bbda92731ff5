package dev.fourfold.scoring;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Tarjan's strongly connected components over the graph, with an explicit stack instead of recursion. */
final class StronglyConnected {

    private final FormulaGraph graph;
    private final Map<String, Integer> index = new HashMap<>();
    private final Map<String, Integer> low = new HashMap<>();
    private final Deque<String> component = new ArrayDeque<>();
    private final Set<String> onComponent = new HashSet<>();
    private final Deque<String> path = new ArrayDeque<>();
    private final Deque<Iterator<String>> pending = new ArrayDeque<>();
    private final Set<String> cyclic = new HashSet<>();

    StronglyConnected(FormulaGraph graph) {
        this.graph = graph;
    }

    Set<String> cyclic() {
        for (String root : graph.codes()) {
            if (!index.containsKey(root)) {
                connect(root);
            }
        }
        return cyclic;
    }

    private void connect(String root) {
        enter(root);
        while (!path.isEmpty()) {
            String v = path.peek();
            Iterator<String> next = pending.peek();
            if (next.hasNext()) {
                String w = next.next();
                if (!index.containsKey(w)) {
                    enter(w);
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
                closeComponent(v);
            }
        }
    }

    private void enter(String code) {
        index.put(code, index.size());
        low.put(code, index.get(code));
        component.push(code);
        onComponent.add(code);
        path.push(code);
        pending.push(graph.successors(code).iterator());
    }

    /** Pops the component whose root is {@code v}; it is a cycle if it has several members or {@code v} reads itself. */
    private void closeComponent(String v) {
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
