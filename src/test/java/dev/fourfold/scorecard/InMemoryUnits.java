package dev.fourfold.scorecard;

import dev.fourfold.shared.Names;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The unit table in a map, for the tree rules of {@link UnitService}; the ancestry last written is kept to read. */
class InMemoryUnits extends UnitRepository {

    private final Map<Long, OrgUnit> rows = new LinkedHashMap<>();
    private Map<Long, Set<Long>> ancestry = Map.of();

    InMemoryUnits(OrgUnit... units) {
        super(null);
        for (OrgUnit u : units) {
            rows.put(u.id(), u);
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
    }

    @Override
    Map<Long, Long> parents() {
        Map<Long, Long> parents = new LinkedHashMap<>();
        rows.values().forEach(u -> parents.put(u.id(), u.parentId()));
        return parents;
    }

    @Override
    void replaceAncestry(Map<Long, Set<Long>> ancestors) {
        ancestry = Map.copyOf(ancestors);
    }

    /** The ancestry as last rewritten: each unit with itself and every unit above it. */
    Map<Long, Set<Long>> ancestry() {
        return ancestry;
    }
}
