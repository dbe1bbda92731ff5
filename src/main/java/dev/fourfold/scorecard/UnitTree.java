package dev.fourfold.scorecard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Units in tree order: each parent followed by its children, siblings by name. A unit whose parent the reader may
 * not see starts a tree of its own, so a reader sees every unit they may read and nothing above it.
 */
public final class UnitTree {

    /** A unit with its depth in the tree as the reader sees it (0 for a root). */
    public record Placed(OrgUnit unit, int depth) {
    }

    private UnitTree() {
    }

    /** The given units (those a reader may see) in tree order. */
    public static List<Placed> of(List<OrgUnit> visible) {
        Map<Long, OrgUnit> byId = new HashMap<>();
        visible.forEach(u -> byId.put(u.id(), u));
        Map<Long, List<OrgUnit>> children = new HashMap<>();
        List<OrgUnit> roots = new ArrayList<>();
        for (OrgUnit u : visible) {
            if (u.parentId() == null || !byId.containsKey(u.parentId())) {
                roots.add(u);
            } else {
                children.computeIfAbsent(u.parentId(), p -> new ArrayList<>()).add(u);
            }
        }
        List<Placed> placed = new ArrayList<>();
        roots.sort(Comparator.comparing(OrgUnit::name));
        roots.forEach(r -> walk(r, 0, children, placed));
        return placed;
    }

    private static void walk(OrgUnit unit, int depth, Map<Long, List<OrgUnit>> children, List<Placed> placed) {
        placed.add(new Placed(unit, depth));
        List<OrgUnit> kids = new ArrayList<>(children.getOrDefault(unit.id(), List.of()));
        kids.sort(Comparator.comparing(OrgUnit::name));
        kids.forEach(k -> walk(k, depth + 1, children, placed));
    }
}
