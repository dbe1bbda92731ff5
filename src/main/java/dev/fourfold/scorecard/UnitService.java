package dev.fourfold.scorecard;

import dev.fourfold.audit.ChangeLog;
import dev.fourfold.shared.Access;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.ConflictException;
import dev.fourfold.shared.FieldProblem;
import dev.fourfold.shared.InvalidInputException;
import dev.fourfold.shared.Names;
import dev.fourfold.shared.NotFoundException;
import dev.fourfold.shared.PageRequest;
import dev.fourfold.shared.PageResponse;
import dev.fourfold.shared.ScorecardChanges;
import dev.fourfold.shared.Visibility;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Organisation units: the company tree. */
@Service
public class UnitService {

    private final UnitRepository units;
    private final ScorecardRepository scorecards;
    private final ChangeLog changeLog;
    private final Clock clock;
    private final Access access;
    private final ScorecardChanges changes;

    UnitService(UnitRepository units, ScorecardRepository scorecards, ChangeLog changeLog, Clock clock, Access access,
                ScorecardChanges changes) {
        this.changes = changes;
        this.units = units;
        this.scorecards = scorecards;
        this.changeLog = changeLog;
        this.clock = clock;
        this.access = access;
    }

    /** Units the actor may see, optionally only the children of one parent, ordered by name. */
    public PageResponse<OrgUnit> list(Long parentId, PageRequest page, Actor actor) {
        Visibility readable = access.readableUnits(actor);
        if (readable.isNone()) {
            return new PageResponse<>(List.of(), page.page(), page.size(), 0);
        }
        return units.list(parentId, readable, page);
    }

    /** The units the actor may see in tree order, each with its depth ({@link UnitTree}). */
    public List<UnitTree.Placed> tree(Actor actor) {
        return UnitTree.of(list(null, new PageRequest(0, PageRequest.MAX_SIZE), actor).items());
    }

    public OrgUnit get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("unit", id));
    }

    /** A unit the actor may see. */
    public OrgUnit get(long id, Actor actor) {
        Visibility readable = access.readableUnits(actor);
        if (!readable.allows(id)) {
            throw new NotFoundException("unit", id);
        }
        return get(id);
    }

    public Optional<OrgUnit> find(long id) {
        return units.find(id);
    }

    public Optional<OrgUnit> findByName(String name) {
        return units.findByName(name);
    }

    /** The unit of that name if the actor may see it; one they may not see is as absent as one that does not exist. */
    public Optional<OrgUnit> findByName(String name, Actor actor) {
        Visibility readable = access.readableUnits(actor);
        return findByName(name).filter(u -> readable.allows(u.id()));
    }

    @Transactional
    public OrgUnit create(Long parentId, String name, Actor actor) {
        access.requireAdmin(actor);
        validate(null, parentId, name);
        OrgUnit created = get(units.insert(parentId, name, clock.instant()));
        units.addAncestry(created.id(), parentId);
        changeLog.record(ChangeLog.created("unit", created.id(), created.snapshot()), actor);
        return created;
    }

    @Transactional
    public OrgUnit update(long id, Long parentId, String name, long version, Actor actor) {
        access.requireAdmin(actor);
        OrgUnit current = get(id);
        validate(id, parentId, name);
        changes.sharingChanged();
        if (!units.update(id, parentId, name, version, clock.instant())) {
            throw ConflictException.staleVersion("unit", id, version, current.version());
        }
        OrgUnit updated = get(id);
        if (!Objects.equals(current.parentId(), parentId)) {
            units.moveAncestry(id, parentId);
        }
        changeLog.record(ChangeLog.updated("unit", id, current.snapshot(), updated.snapshot()), actor);
        return updated;
    }

    /** Deletes a unit that has neither child units nor scorecards. */
    @Transactional
    public void delete(long id, Long version, Actor actor) {
        access.requireAdmin(actor);
        OrgUnit current = get(id);
        ConflictException.requireVersion("unit", id, version, current.version());
        List<String> refs = new ArrayList<>();
        units.childNames(id).forEach(n -> refs.add("child unit '" + n + "'"));
        scorecards.namesOfUnit(id).forEach(n -> refs.add("scorecard '" + n + "'"));
        if (!refs.isEmpty()) {
            throw ConflictException.referenced("Unit '" + current.name() + "'", refs);
        }
        units.delete(id);
        changeLog.record(ChangeLog.deleted("unit", id, current.snapshot()), actor);
    }

    private void validate(Long id, Long parentId, String name) {
        List<FieldProblem> problems = new ArrayList<>();
        Names.require(problems, "name", name, 200);
        if (parentId != null) {
            if (find(parentId).isEmpty()) {
                problems.add(new FieldProblem("parentId", "there is no unit with id " + parentId));
            } else if (id != null && ancestorsOf(parentId).contains(id)) {
                problems.add(new FieldProblem("parentId", "unit " + parentId + " lies below this unit; a unit cannot report to its own descendant"));
            }
        }
        if (name != null && !name.isBlank()) {
            findByName(name).filter(u -> id == null || u.id() != id).ifPresent(u ->
                    problems.add(new FieldProblem("name", "a unit named '" + u.name() + "' exists already (id " + u.id() + ")")));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /**
     * Rewrites the whole unit ancestry table (every unit with itself and each unit above it), through which a role on
     * a unit reaches everything below. Used on start to fill the table of an older database; creating, moving and
     * deleting a unit each write only the rows they change, so that changes of unrelated units never collide.
     */
    @Transactional
    public void rebuildAncestry() {
        Map<Long, Long> parents = units.parents();
        Map<Long, Set<Long>> ancestors = new LinkedHashMap<>();
        for (Long unit : parents.keySet()) {
            Set<Long> seen = new LinkedHashSet<>();
            Long current = unit;
            while (current != null && seen.add(current)) {
                current = parents.get(current);
            }
            ancestors.put(unit, seen);
        }
        units.replaceAncestry(ancestors);
    }

    /** The unit itself and every unit above it. */
    Set<Long> ancestorsOf(long unitId) {
        Set<Long> seen = new HashSet<>();
        Long current = unitId;
        while (current != null && seen.add(current)) {
            current = find(current).map(OrgUnit::parentId).orElse(null);
        }
        return seen;
    }
}
