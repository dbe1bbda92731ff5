package dev.fourfold.scorecard;

import dev.fourfold.shared.Names;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The unit table and its ancestry in maps, for the tree rules of {@link UnitService}. */
class InMemoryUnits extends UnitRepository {

    private final Map<Long, OrgUnit> rows = new LinkedHashMap<>();
    private final Map<Long, Set<Long>> ancestry = new LinkedHashMap<>();

    InMemoryUnits(OrgUnit... units) {
        super(null);
        for (OrgUnit u : units) {
            rows.put(u.id(), u);
        }
        for (OrgUnit u : units) {
            Set<Long> above = new LinkedHashSet<>();
            for (Long at = u.id(); at != null && above.add(at); ) {
                OrgUnit row = rows.get(at);
                at = row == null ? null : row.parentId();
            }
            ancestry.put(u.id(), above);
        }
    }

    @Override
    Optional<OrgUnit> find(long id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    Optional<OrgUnit> findByName(String name) {
        return rows.values().stream().filter(u -> Names.key(u.name()).equals(Names.key(name))).findFirst();
    }

    @Override
    long insert(Long parentId, String name, Instant now) {
        long id = rows.keySet().stream().mapToLong(Long::longValue).max().orElse(0) + 1;
        rows.put(id, new OrgUnit(id, parentId, name.strip(), 0));
        return id;
    }

    @Override
    boolean update(long id, Long parentId, String name, long version, Instant now) {
        OrgUnit current = rows.get(id);
        if (current == null || current.version() != version) {
            return false;
        }
        rows.put(id, new OrgUnit(id, parentId, name.strip(), version + 1));
        return true;
    }

    @Override
    List<String> childNames(long id) {
        return rows.values().stream().filter(u -> Long.valueOf(id).equals(u.parentId())).map(OrgUnit::name).toList();
    }

    @Override
    void delete(long id) {
        rows.remove(id);
        ancestry.remove(id);
    }

    @Override
    Map<Long, Long> parents() {
        Map<Long, Long> parents = new LinkedHashMap<>();
        rows.values().forEach(u -> parents.put(u.id(), u.parentId()));
        return parents;
    }

    @Override
    void replaceAncestry(Map<Long, Set<Long>> ancestors) {
        ancestry.clear();
        ancestry.putAll(ancestors);
    }

    @Override
    void addAncestry(long id, Long parentId) {
        Set<Long> above = new LinkedHashSet<>(Set.of(id));
        if (parentId != null) {
            above.addAll(ancestry.getOrDefault(parentId, Set.of()));
        }
        ancestry.put(id, above);
    }

    @Override
    void moveAncestry(long id, Long parentId) {
        Set<Long> subtree = new HashSet<>();
        ancestry.forEach((unit, above) -> {
            if (above.contains(id)) {
                subtree.add(unit);
            }
        });
        Set<Long> newAbove = parentId == null ? Set.of() : ancestry.getOrDefault(parentId, Set.of());
        for (Long unit : subtree) {
            Set<Long> above = new LinkedHashSet<>(ancestry.get(unit));
            above.retainAll(subtree);
            above.addAll(newAbove);
            ancestry.put(unit, above);
        }
    }

    /** The ancestry as written: each unit with itself and every unit above it. */
    Map<Long, Set<Long>> ancestry() {
        return ancestry;
    }
}
