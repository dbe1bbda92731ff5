package dev.fourfold.scorecard;

import dev.fourfold.audit.ChangeLog;
import dev.fourfold.shared.Access;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.ConflictException;
import dev.fourfold.shared.FieldProblem;
import dev.fourfold.shared.InvalidInputException;
import dev.fourfold.shared.NotFoundException;
import dev.fourfold.shared.PageRequest;
import dev.fourfold.shared.PageResponse;
import dev.fourfold.shared.Where;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Organisation units: the company tree. */
@Service
public class UnitService {

    private static final RowMapper<OrgUnit> ROW = (rs, n) -> new OrgUnit(rs.getLong("id"),
            (Long) rs.getObject("parent_id", Long.class), rs.getString("name"), rs.getLong("version"));

    private final JdbcClient jdbc;
    private final ChangeLog changeLog;
    private final Clock clock;
    private final Access access;

    UnitService(JdbcClient jdbc, ChangeLog changeLog, Clock clock, Access access) {
        this.jdbc = jdbc;
        this.changeLog = changeLog;
        this.clock = clock;
        this.access = access;
    }

    /** Units the actor may see, optionally only the children of one parent, ordered by name. */
    public PageResponse<OrgUnit> list(Long parentId, PageRequest page, Actor actor) {
        Set<Long> readable = access.readableUnits(actor);
        if (readable != null && readable.isEmpty()) {
            return new PageResponse<>(List.of(), page.page(), page.size(), 0);
        }
        Where where = new Where().and("parent_id = :parent", "parent", parentId).and("id in (:readable)", "readable", readable);
        long total = jdbc.sql("select count(*) from org_unit" + where.sql()).params(where.params()).query(Long.class).single();
        List<OrgUnit> items = jdbc.sql("select * from org_unit" + where.sql() + " order by name_key limit :limit offset :offset")
                .params(where.params()).param("limit", page.size()).param("offset", page.offset()).query(ROW).list();
        return new PageResponse<>(items, page.page(), page.size(), total);
    }

    public OrgUnit get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("unit", id));
    }

    /** A unit the actor may see. */
    public OrgUnit get(long id, Actor actor) {
        Set<Long> readable = access.readableUnits(actor);
        if (readable != null && !readable.contains(id)) {
            throw new NotFoundException("unit", id);
        }
        return get(id);
    }

    public Optional<OrgUnit> find(long id) {
        return jdbc.sql("select * from org_unit where id = :id").param("id", id).query(ROW).optional();
    }

    public Optional<OrgUnit> findByName(String name) {
        return jdbc.sql("select * from org_unit where name_key = :key").param("key", Names.key(name)).query(ROW).optional();
    }

    /** The unit of that name if the actor may see it; one they may not see is as absent as one that does not exist. */
    public Optional<OrgUnit> findByName(String name, Actor actor) {
        Set<Long> readable = access.readableUnits(actor);
        return findByName(name).filter(u -> readable == null || readable.contains(u.id()));
    }

    @Transactional
    public OrgUnit create(Long parentId, String name, Actor actor) {
        access.requireAdmin(actor);
        validate(null, parentId, name);
        Timestamp now = Timestamp.from(clock.instant());
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into org_unit (parent_id, name, name_key, created_at, updated_at) values (:parent, :name, :key, :now, :now)")
                .param("parent", parentId).param("name", name.strip()).param("key", Names.key(name)).param("now", now)
                .update(keys, "id");
        OrgUnit created = get(keys.getKey().longValue());
        rebuildAncestry();
        changeLog.record(ChangeLog.created("unit", created.id(), created.snapshot()), actor);
        return created;
    }

    @Transactional
    public OrgUnit update(long id, Long parentId, String name, long version, Actor actor) {
        access.requireAdmin(actor);
        OrgUnit current = get(id);
        validate(id, parentId, name);
        int rows = jdbc.sql("""
                        update org_unit set parent_id = :parent, name = :name, name_key = :key, updated_at = :now,
                        version = version + 1 where id = :id and version = :version""")
                .param("parent", parentId).param("name", name.strip()).param("key", Names.key(name))
                .param("now", Timestamp.from(clock.instant())).param("id", id).param("version", version)
                .update();
        if (rows == 0) {
            throw ConflictException.staleVersion("unit", id, version, current.version());
        }
        OrgUnit updated = get(id);
        rebuildAncestry();
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
        jdbc.sql("select name from org_unit where parent_id = :id order by name_key").param("id", id)
                .query(String.class).list().forEach(n -> refs.add("child unit '" + n + "'"));
        jdbc.sql("select name from scorecard where unit_id = :id order by name_key").param("id", id)
                .query(String.class).list().forEach(n -> refs.add("scorecard '" + n + "'"));
        if (!refs.isEmpty()) {
            throw ConflictException.referenced("Unit '" + current.name() + "'", refs);
        }
        jdbc.sql("delete from org_unit_ancestor where unit_id = :id or ancestor_id = :id").param("id", id).update();
        jdbc.sql("delete from org_unit where id = :id").param("id", id).update();
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
     * Rewrites the unit ancestry table (every unit with itself and each unit above it), through which a role on a
     * unit reaches everything below. Units are few, so the whole table is rebuilt on every change of the tree.
     */
    @Transactional
    public void rebuildAncestry() {
        Map<Long, Long> parents = new HashMap<>();
        jdbc.sql("select id, parent_id from org_unit").query(rs -> {
            parents.put(rs.getLong("id"), (Long) rs.getObject("parent_id", Long.class));
        });
        jdbc.sql("delete from org_unit_ancestor").update();
        for (Long unit : parents.keySet()) {
            Set<Long> seen = new HashSet<>();
            for (Long current = unit; current != null && seen.add(current); current = parents.get(current)) {
                jdbc.sql("insert into org_unit_ancestor (unit_id, ancestor_id) values (:u, :a)")
                        .param("u", unit).param("a", current).update();
            }
        }
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
