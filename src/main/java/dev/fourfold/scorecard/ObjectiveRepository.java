package dev.fourfold.scorecard;

import dev.fourfold.shared.Decimals;
import dev.fourfold.shared.Names;
import dev.fourfold.shared.PageRequest;
import dev.fourfold.shared.PageResponse;
import dev.fourfold.shared.Visibility;
import dev.fourfold.shared.Where;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Reads and writes objective rows together with their strategy-map links (through {@link ObjectiveLinkRepository}),
 * so that every objective it returns carries its {@code drivenBy} list.
 */
@Repository
class ObjectiveRepository {

    private final JdbcClient jdbc;
    private final ObjectiveLinkRepository links;

    ObjectiveRepository(JdbcClient jdbc, ObjectiveLinkRepository links) {
        this.jdbc = jdbc;
        this.links = links;
    }

    /** Objectives matching the filter, limited to the {@code readable} scorecards. */
    PageResponse<Objective> list(ObjectiveService.Filter filter, Visibility readable, PageRequest page) {
        Where where = new Where().visible("o.scorecard_id", "readable", readable);
        if (!filter.includeRetired()) {
            where.and("o.retired = false");
        }
        where.and("o.scorecard_id in (select id from scorecard where unit_id = :unit)", "unit", filter.unitId())
                .and("o.scorecard_id = :sc", "sc", filter.scorecardId())
                .and("o.perspective_id = :p", "p", filter.perspectiveId());
        long total = jdbc.sql("select count(*) from objective o" + where.sql()).params(where.params()).query(Long.class).single();
        List<Objective> items = jdbc.sql("""
                        select o.* from objective o join perspective p on p.id = o.perspective_id""" + where.sql()
                        + " order by o.scorecard_id, p.position, o.position, o.id limit :limit offset :offset")
                .params(where.params()).param("limit", page.size()).param("offset", page.offset())
                .query(ObjectiveRepository::row).list();
        return new PageResponse<>(withLinks(items), page.page(), page.size(), total);
    }

    /** Every active objective of a scorecard, in perspective and objective order. */
    List<Objective> activeOfScorecard(long scorecardId) {
        return withLinks(jdbc.sql("""
                        select o.* from objective o join perspective p on p.id = o.perspective_id
                        where o.scorecard_id = :sc and o.retired = false order by p.position, o.position, o.id""")
                .param("sc", scorecardId).query(ObjectiveRepository::row).list());
    }

    /** The ids of every objective, retired or not, of the given scorecards. */
    List<Long> idsOfScorecards(Collection<Long> scorecardIds) {
        return jdbc.sql("select id from objective where scorecard_id in (:sc)").param("sc", scorecardIds)
                .query(Long.class).list();
    }

    Optional<Objective> find(long id) {
        return jdbc.sql("select * from objective where id = :id").param("id", id).query(ObjectiveRepository::row).optional()
                .map(o -> withLinks(List.of(o)).get(0));
    }

    Optional<Objective> findByCode(long scorecardId, String code) {
        return jdbc.sql("select * from objective where scorecard_id = :sc and code_key = :key")
                .param("sc", scorecardId).param("key", Names.key(code)).query(ObjectiveRepository::row).optional()
                .map(o -> withLinks(List.of(o)).get(0));
    }

    /** The scorecard a perspective belongs to, if the perspective exists. */
    Optional<Long> scorecardOfPerspective(long perspectiveId) {
        return jdbc.sql("select scorecard_id from perspective where id = :id").param("id", perspectiveId)
                .query(Long.class).optional();
    }

    /** The position after the last objective of the perspective. */
    int nextPosition(long perspectiveId) {
        return jdbc.sql("select coalesce(max(position), 0) + 1 from objective where perspective_id = :p")
                .param("p", perspectiveId).query(Integer.class).single();
    }

    /** The id of the scorecard's objective with this code, compared as {@link Names#key} does. */
    Optional<Long> idByCode(long scorecardId, String code) {
        return jdbc.sql("select id from objective where scorecard_id = :sc and code_key = :key")
                .param("sc", scorecardId).param("key", Names.key(code)).query(Long.class).optional();
    }

    /** The scorecard an objective belongs to, if the objective exists. */
    Optional<Long> scorecardOf(long objectiveId) {
        return jdbc.sql("select scorecard_id from objective where id = :id").param("id", objectiveId)
                .query(Long.class).optional();
    }

    /** The parent of the unit that holds the scorecard; empty for a scorecard of a top unit. */
    Optional<Long> parentUnitOfScorecard(long scorecardId) {
        return jdbc.sql("select u.parent_id from scorecard s join org_unit u on u.id = s.unit_id where s.id = :sc")
                .param("sc", scorecardId).query(Long.class).optional();
    }

    /** Where an objective sits: its scorecard and that scorecard's unit. */
    record Home(long scorecardId, long unitId) {
    }

    Optional<Home> homeOf(long objectiveId) {
        return jdbc.sql("select s.id, s.unit_id from objective o join scorecard s on s.id = o.scorecard_id where o.id = :id")
                .param("id", objectiveId).query((rs, n) -> new Home(rs.getLong(1), rs.getLong(2))).optional();
    }

    /** Inserts the objective and its links; returns the new id. */
    long insert(Objective o, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into objective (scorecard_id, perspective_id, code, code_key, name, description, owner,
                          weight, rollup, position, aligned_to_id, created_at, updated_at)
                        values (:sc, :p, :code, :key, :name, :description, :owner, :weight, :rollup, :position,
                          :aligned, :now, :now)""")
                .params(params(o)).param("now", Timestamp.from(now)).update(keys, "id");
        long id = keys.getKey().longValue();
        links.replaceCauses(id, o.drivenBy());
        return id;
    }

    /**
     * Updates the objective and replaces its links, if its stored version is still {@code version}.
     *
     * @return false when the version was stale and nothing changed
     */
    boolean update(long id, Objective o, long version, Instant now) {
        int rows = jdbc.sql("""
                        update objective set scorecard_id = :sc, perspective_id = :p, code = :code, code_key = :key,
                          name = :name, description = :description, owner = :owner, weight = :weight, rollup = :rollup,
                          position = :position, aligned_to_id = :aligned, updated_at = :now, version = version + 1
                        where id = :id and version = :version""")
                .params(params(o)).param("now", Timestamp.from(now)).param("id", id).param("version", version).update();
        if (rows == 0) {
            return false;
        }
        links.replaceCauses(id, o.drivenBy());
        return true;
    }

    /** Code and scorecard of the active objectives aligned to an objective, by code. */
    List<Map.Entry<String, Long>> activeAlignedTo(long id) {
        return jdbc.sql("""
                        select code, scorecard_id from objective where aligned_to_id = :id and retired = false order by code_key""")
                .param("id", id).query((rs, n) -> Map.entry(rs.getString("code"), rs.getLong("scorecard_id"))).list();
    }

    /** The active objectives aligned to an objective, by scorecard and code. */
    List<Objective> activeAlignedObjectives(long id) {
        return jdbc.sql("""
                        select * from objective where aligned_to_id = :id and retired = false
                        order by scorecard_id, code_key""")
                .param("id", id).query(ObjectiveRepository::row).list();
    }

    /** Whether any objective, retired or not, is aligned to this one. */
    boolean isAlignedTarget(long id) {
        return jdbc.sql("select count(*) from objective where aligned_to_id = :id").param("id", id).query(Long.class).single() > 0;
    }

    void setRetired(long id, boolean retired, Instant now) {
        jdbc.sql("update objective set retired = :r, updated_at = :now, version = version + 1 where id = :id")
                .param("r", retired).param("now", Timestamp.from(now)).param("id", id).update();
    }

    /** Deletes the objective and every link from or to it. */
    void delete(long id) {
        links.deleteAll(id);
        jdbc.sql("delete from objective where id = :id").param("id", id).update();
    }

    /** The objectives with their strategy-map links, read in one query for all of them. */
    private List<Objective> withLinks(List<Objective> objectives) {
        Map<Long, List<Long>> causes = links.causesOf(objectives.stream().map(Objective::id).toList());
        return objectives.stream().map(o -> o.withDrivenBy(causes.getOrDefault(o.id(), List.of()))).toList();
    }

    /** One objective row, without its links (see {@link #withLinks}). */
    private static Objective row(ResultSet rs, int n) throws SQLException {
        return new Objective(rs.getLong("id"), rs.getLong("scorecard_id"), rs.getLong("perspective_id"), rs.getString("code"),
                rs.getString("name"), rs.getString("description"), rs.getString("owner"),
                Decimals.normalised(rs.getBigDecimal("weight")), rs.getString("rollup"), rs.getInt("position"),
                (Long) rs.getObject("aligned_to_id", Long.class), List.of(), rs.getBoolean("retired"), rs.getLong("version"));
    }

    private static Map<String, Object> params(Objective o) {
        Map<String, Object> p = new HashMap<>();
        p.put("sc", o.scorecardId());
        p.put("p", o.perspectiveId());
        p.put("code", o.code());
        p.put("key", Names.key(o.code()));
        p.put("name", o.name());
        p.put("description", o.description());
        p.put("owner", o.owner());
        p.put("weight", o.weight());
        p.put("rollup", o.rollup());
        p.put("position", o.position());
        p.put("aligned", o.alignedToId());
        return p;
    }
}
