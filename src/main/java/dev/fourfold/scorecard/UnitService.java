package dev.fourfold.scorecard;

import dev.fourfold.audit.ChangeLog;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.ConflictException;
import dev.fourfold.shared.FieldProblem;
import dev.fourfold.shared.InvalidInputException;
import dev.fourfold.shared.NotFoundException;
import dev.fourfold.shared.PageRequest;
import dev.fourfold.shared.PageResponse;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
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

    UnitService(JdbcClient jdbc, ChangeLog changeLog, Clock clock) {
        this.jdbc = jdbc;
        this.changeLog = changeLog;
        this.clock = clock;
    }

    /** Units, optionally only the children of one parent, ordered by name. */
    public PageResponse<OrgUnit> list(Long parentId, PageRequest page) {
        String where = parentId == null ? "" : " where parent_id = :parent";
        JdbcClient.StatementSpec count = jdbc.sql("select count(*) from org_unit" + where);
        JdbcClient.StatementSpec select = jdbc.sql("select * from org_unit" + where + " order by name_key limit :limit offset :offset");
        if (parentId != null) {
            count = count.param("parent", parentId);
            select = select.param("parent", parentId);
        }
        long total = count.query(Long.class).single();
        List<OrgUnit> items = select.param("limit", page.size()).param("offset", page.offset()).query(ROW).list();
        return new PageResponse<>(items, page.page(), page.size(), total);
    }

    public OrgUnit get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("unit", id));
    }

    public Optional<OrgUnit> find(long id) {
        return jdbc.sql("select * from org_unit where id = :id").param("id", id).query(ROW).optional();
    }

    public Optional<OrgUnit> findByName(String name) {
        return jdbc.sql("select * from org_unit where name_key = :key").param("key", Names.key(name)).query(ROW).optional();
    }

    @Transactional
    public OrgUnit create(Long parentId, String name, Actor actor) {
        validate(null, parentId, name);
        Timestamp now = Timestamp.from(clock.instant());
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into org_unit (parent_id, name, name_key, created_at, updated_at) values (:parent, :name, :key, :now, :now)")
                .param("parent", parentId).param("name", name.strip()).param("key", Names.key(name)).param("now", now)
                .update(keys, "id");
        OrgUnit created = get(keys.getKey().longValue());
        changeLog.record(ChangeLog.created("unit", created.id(), created.snapshot()), actor);
        return created;
    }

    @Transactional
    public OrgUnit update(long id, Long parentId, String name, long version, Actor actor) {
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
        changeLog.record(ChangeLog.updated("unit", id, current.snapshot(), updated.snapshot()), actor);
        return updated;
    }

    /** Deletes a unit that has neither child units nor scorecards. */
    @Transactional
    public void delete(long id, Long version, Actor actor) {
        OrgUnit current = get(id);
        if (version != null && current.version() != version) {
            throw ConflictException.staleVersion("unit", id, version, current.version());
        }
        List<String> refs = new ArrayList<>();
        jdbc.sql("select name from org_unit where parent_id = :id order by name_key").param("id", id)
                .query(String.class).list().forEach(n -> refs.add("child unit '" + n + "'"));
        jdbc.sql("select name from scorecard where unit_id = :id order by name_key").param("id", id)
                .query(String.class).list().forEach(n -> refs.add("scorecard '" + n + "'"));
        if (!refs.isEmpty()) {
            throw ConflictException.referenced("Unit '" + current.name() + "'", refs);
        }
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
