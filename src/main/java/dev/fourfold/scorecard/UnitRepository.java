package dev.fourfold.scorecard;

import dev.fourfold.shared.Names;
import dev.fourfold.shared.PageRequest;
import dev.fourfold.shared.PageResponse;
import dev.fourfold.shared.Visibility;
import dev.fourfold.shared.Where;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Reads and writes organisation unit rows and the unit ancestry table ({@code org_unit_ancestor}). */
@Repository
class UnitRepository {

    private static final RowMapper<OrgUnit> ROW = (rs, n) -> new OrgUnit(rs.getLong("id"),
            (Long) rs.getObject("parent_id", Long.class), rs.getString("name"), rs.getLong("version"));

    private final JdbcClient jdbc;

    UnitRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Units, optionally the children of one parent, limited to the {@code readable} ones. */
    PageResponse<OrgUnit> list(Long parentId, Visibility readable, PageRequest page) {
        Where where = new Where().and("parent_id = :parent", "parent", parentId).visible("id", "readable", readable);
        long total = jdbc.sql("select count(*) from org_unit" + where.sql()).params(where.params()).query(Long.class).single();
        List<OrgUnit> items = jdbc.sql("select * from org_unit" + where.sql() + " order by name_key limit :limit offset :offset")
                .params(where.params()).param("limit", page.size()).param("offset", page.offset()).query(ROW).list();
        return new PageResponse<>(items, page.page(), page.size(), total);
    }

    Optional<OrgUnit> find(long id) {
        return jdbc.sql("select * from org_unit where id = :id").param("id", id).query(ROW).optional();
    }

    /** The unit with this name, compared as {@link Names#key} does. */
    Optional<OrgUnit> findByName(String name) {
        return jdbc.sql("select * from org_unit where name_key = :key").param("key", Names.key(name)).query(ROW).optional();
    }

    /** Inserts the unit; returns the new id. */
    long insert(Long parentId, String name, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into org_unit (parent_id, name, name_key, created_at, updated_at) values (:parent, :name, :key, :now, :now)")
                .param("parent", parentId).param("name", name.strip()).param("key", Names.key(name))
                .param("now", Timestamp.from(now)).update(keys, "id");
        return keys.getKey().longValue();
    }

    /**
     * Moves and renames the unit, if its stored version is still {@code version}.
     *
     * @return false when the version was stale and nothing changed
     */
    boolean update(long id, Long parentId, String name, long version, Instant now) {
        return jdbc.sql("""
                        update org_unit set parent_id = :parent, name = :name, name_key = :key, updated_at = :now,
                        version = version + 1 where id = :id and version = :version""")
                .param("parent", parentId).param("name", name.strip()).param("key", Names.key(name))
                .param("now", Timestamp.from(now)).param("id", id).param("version", version)
                .update() > 0;
    }

    /** Names of the unit's child units, by name. */
    List<String> childNames(long id) {
        return jdbc.sql("select name from org_unit where parent_id = :id order by name_key").param("id", id)
                .query(String.class).list();
    }

    /** Deletes the unit and its ancestry rows. */
    void delete(long id) {
        jdbc.sql("delete from org_unit_ancestor where unit_id = :id or ancestor_id = :id").param("id", id).update();
        jdbc.sql("delete from org_unit where id = :id").param("id", id).update();
    }

    /** Every unit with its parent (null for a top unit). */
    Map<Long, Long> parents() {
        Map<Long, Long> parents = new HashMap<>();
        jdbc.sql("select id, parent_id from org_unit").query(rs -> {
            parents.put(rs.getLong("id"), (Long) rs.getObject("parent_id", Long.class));
        });
        return parents;
    }

    /** Adds a new unit's ancestry rows: the unit itself and every unit at or above its parent. */
    void addAncestry(long id, Long parentId) {
        jdbc.sql("insert into org_unit_ancestor (unit_id, ancestor_id) values (:id, :id)").param("id", id).update();
        if (parentId != null) {
            jdbc.sql("""
                            insert into org_unit_ancestor (unit_id, ancestor_id)
                            select :id, ancestor_id from org_unit_ancestor where unit_id = :parent""")
                    .param("id", id).param("parent", parentId).update();
        }
    }

    /**
     * Hangs the ancestry of a moved unit's subtree under its new parent: the rows joining the subtree to the units
     * above it are replaced, the rows inside the subtree stay. The subtree's unit rows are locked first, deepest
     * first: on PostgreSQL a unit being created below one of them holds a key-share lock on its parent until it
     * commits, so the move waits for it and then sees its rows, and a creation that comes later waits for the move.
     */
    void moveAncestry(long id, Long parentId) {
        jdbc.sql("""
                        select u.id from org_unit u
                        where u.id in (select unit_id from org_unit_ancestor where ancestor_id = :id)
                        order by (select count(*) from org_unit_ancestor d where d.unit_id = u.id) desc, u.id
                        for update""")
                .param("id", id).query(Long.class).list();
        jdbc.sql("""
                        delete from org_unit_ancestor
                        where unit_id in (select unit_id from org_unit_ancestor where ancestor_id = :id)
                        and ancestor_id not in (select unit_id from org_unit_ancestor where ancestor_id = :id)""")
                .param("id", id).update();
        if (parentId != null) {
            jdbc.sql("""
                            insert into org_unit_ancestor (unit_id, ancestor_id)
                            select d.unit_id, p.ancestor_id from org_unit_ancestor d, org_unit_ancestor p
                            where d.ancestor_id = :id and p.unit_id = :parent""")
                    .param("id", id).param("parent", parentId).update();
        }
    }

    /**
     * Replaces the whole ancestry table with these units and, for each, the units at or above it. Only for filling
     * the table on start; every change of the tree maintains its own rows.
     */
    void replaceAncestry(Map<Long, Set<Long>> ancestors) {
        jdbc.sql("delete from org_unit_ancestor").update();
        ancestors.forEach((unit, above) -> above.forEach(ancestor ->
                jdbc.sql("insert into org_unit_ancestor (unit_id, ancestor_id) values (:u, :a)")
                        .param("u", unit).param("a", ancestor).update()));
    }

    long count() {
        return jdbc.sql("select count(*) from org_unit").query(Long.class).single();
    }

    long ancestryRows() {
        return jdbc.sql("select count(*) from org_unit_ancestor").query(Long.class).single();
    }
}
