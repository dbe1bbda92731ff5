package dev.fourfold.scorecard;

import dev.fourfold.shared.Decimals;
import dev.fourfold.shared.Names;
import dev.fourfold.shared.PageRequest;
import dev.fourfold.shared.PageResponse;
import dev.fourfold.shared.Visibility;
import dev.fourfold.shared.Where;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Reads and writes perspective rows. */
@Repository
class PerspectiveRepository {

    static final RowMapper<Perspective> ROW = (rs, n) -> new Perspective(rs.getLong("id"),
            rs.getLong("scorecard_id"), rs.getString("name"), rs.getInt("position"),
            Decimals.normalised(rs.getBigDecimal("weight")), rs.getString("rollup"), rs.getLong("version"));

    private final JdbcClient jdbc;

    PerspectiveRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Perspectives, optionally of one scorecard, limited to the {@code readable} scorecards. */
    PageResponse<Perspective> list(Long scorecardId, Visibility readable, PageRequest page) {
        Where where = new Where().and("scorecard_id = :sc", "sc", scorecardId)
                .visible("scorecard_id", "readable", readable);
        long total = jdbc.sql("select count(*) from perspective" + where.sql()).params(where.params()).query(Long.class).single();
        List<Perspective> items = jdbc.sql("select * from perspective" + where.sql()
                        + " order by scorecard_id, position, id limit :limit offset :offset")
                .params(where.params()).param("limit", page.size()).param("offset", page.offset()).query(ROW).list();
        return new PageResponse<>(items, page.page(), page.size(), total);
    }

    /** All perspectives of a scorecard in their order. */
    List<Perspective> listOf(long scorecardId) {
        return jdbc.sql("select * from perspective where scorecard_id = :sc order by position, id")
                .param("sc", scorecardId).query(ROW).list();
    }

    Optional<Perspective> find(long id) {
        return jdbc.sql("select * from perspective where id = :id").param("id", id).query(ROW).optional();
    }

    /** The position after the last perspective of the scorecard. */
    int nextPosition(long scorecardId) {
        return jdbc.sql("select coalesce(max(position), 0) + 1 from perspective where scorecard_id = :sc")
                .param("sc", scorecardId).query(Integer.class).single();
    }

    boolean scorecardExists(long scorecardId) {
        return jdbc.sql("select count(*) from scorecard where id = :id").param("id", scorecardId).query(Long.class).single() > 0;
    }

    /** The id of the scorecard's perspective with this name, compared as {@link Names#key} does. */
    Optional<Long> idByName(long scorecardId, String name) {
        return jdbc.sql("select id from perspective where scorecard_id = :sc and name_key = :key")
                .param("sc", scorecardId).param("key", Names.key(name)).query(Long.class).optional();
    }

    /** Code and retired flag of every objective of the perspective, by code. */
    List<Map.Entry<String, Boolean>> objectivesOf(long id) {
        return jdbc.sql("select code, retired from objective where perspective_id = :id order by code_key")
                .param("id", id).query((rs, n) -> Map.entry(rs.getString("code"), rs.getBoolean("retired"))).list();
    }

    /** Inserts the perspective; returns the new id. */
    long insert(Perspective p) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into perspective (scorecard_id, name, name_key, position, weight, rollup)
                        values (:sc, :name, :key, :position, :weight, :rollup)""")
                .param("sc", p.scorecardId()).param("name", p.name().strip()).param("key", Names.key(p.name()))
                .param("position", p.position()).param("weight", p.weight()).param("rollup", p.rollup())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /**
     * Updates name, position, weight and roll-up of the perspective, if its stored version is still {@code version}.
     *
     * @return false when the version was stale and nothing changed
     */
    boolean update(Perspective p, long version) {
        return jdbc.sql("""
                        update perspective set name = :name, name_key = :key, position = :position, weight = :weight,
                          rollup = :rollup, version = version + 1 where id = :id and version = :version""")
                .param("name", p.name().strip()).param("key", Names.key(p.name())).param("position", p.position())
                .param("weight", p.weight()).param("rollup", p.rollup()).param("id", p.id()).param("version", version)
                .update() > 0;
    }

    void delete(long id) {
        jdbc.sql("delete from perspective where id = :id").param("id", id).update();
    }
}
