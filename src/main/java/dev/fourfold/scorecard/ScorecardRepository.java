package dev.fourfold.scorecard;

import dev.fourfold.shared.Decimals;
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
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Reads and writes scorecard rows. */
@Repository
class ScorecardRepository {

    private static final RowMapper<Scorecard> ROW = (rs, n) -> new Scorecard(rs.getLong("id"), rs.getLong("unit_id"),
            rs.getString("name"), rs.getString("vision"), rs.getString("method"),
            Decimals.normalised(rs.getBigDecimal("band_amber")), Decimals.normalised(rs.getBigDecimal("band_green")),
            Decimals.normalised(rs.getBigDecimal("band_blue")), Decimals.normalised(rs.getBigDecimal("cap_low")),
            Decimals.normalised(rs.getBigDecimal("cap_high")), rs.getString("missing_policy"), rs.getString("rollup"),
            rs.getBoolean("requires_approval"), rs.getLong("version"));

    private final JdbcClient jdbc;

    ScorecardRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Scorecards, optionally of one unit, limited to the {@code readable} ones, by name. */
    PageResponse<Scorecard> list(Long unitId, Visibility readable, PageRequest page) {
        Where where = new Where().and("unit_id = :unit", "unit", unitId).visible("id", "readable", readable);
        long total = jdbc.sql("select count(*) from scorecard" + where.sql()).params(where.params()).query(Long.class).single();
        List<Scorecard> items = jdbc.sql("select * from scorecard" + where.sql() + " order by name_key, id limit :limit offset :offset")
                .params(where.params()).param("limit", page.size()).param("offset", page.offset()).query(ROW).list();
        return new PageResponse<>(items, page.page(), page.size(), total);
    }

    Optional<Scorecard> find(long id) {
        return jdbc.sql("select * from scorecard where id = :id").param("id", id).query(ROW).optional();
    }

    /** The unit's scorecard with this name, compared as {@link Names#key} does. */
    Optional<Scorecard> findByUnitAndName(long unitId, String name) {
        return jdbc.sql("select * from scorecard where unit_id = :unit and name_key = :key")
                .param("unit", unitId).param("key", Names.key(name)).query(ROW).optional();
    }

    /** Inserts the scorecard; returns the new id. */
    long insert(Scorecard s, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into scorecard (unit_id, name, name_key, vision, method, band_amber, band_green, band_blue,
                          cap_low, cap_high, missing_policy, rollup, requires_approval, created_at, updated_at)
                        values (:unit, :name, :key, :vision, :method, :amber, :green, :blue, :capLow, :capHigh, :missing,
                          :rollup, :approval, :now, :now)""")
                .params(params(s)).param("now", Timestamp.from(now)).update(keys, "id");
        return keys.getKey().longValue();
    }

    /**
     * Updates the scorecard, if its stored version is still {@code version}.
     *
     * @return false when the version was stale and nothing changed
     */
    boolean update(long id, Scorecard s, long version, Instant now) {
        return jdbc.sql("""
                        update scorecard set unit_id = :unit, name = :name, name_key = :key, vision = :vision,
                          method = :method, band_amber = :amber, band_green = :green, band_blue = :blue,
                          cap_low = :capLow, cap_high = :capHigh, missing_policy = :missing, rollup = :rollup,
                          requires_approval = :approval, updated_at = :now, version = version + 1
                        where id = :id and version = :version""")
                .params(params(s)).param("now", Timestamp.from(now)).param("id", id)
                .param("version", version).update() > 0;
    }

    /** Code and retired flag of every objective of the scorecard, by code. */
    List<Map.Entry<String, Boolean>> objectivesOf(long id) {
        return jdbc.sql("select o.code, o.retired from objective o where o.scorecard_id = :id order by o.code_key")
                .param("id", id).query((rs, n) -> Map.entry(rs.getString("code"), rs.getBoolean("retired"))).list();
    }

    /** Names of the unit's scorecards, by name. */
    List<String> namesOfUnit(long unitId) {
        return jdbc.sql("select name from scorecard where unit_id = :id order by name_key").param("id", unitId)
                .query(String.class).list();
    }

    boolean any() {
        return jdbc.sql("select count(*) from scorecard").query(Long.class).single() > 0;
    }

    /** Takes the row lock of the scorecard until the transaction ends; a missing scorecard holds nothing. */
    void hold(long id) {
        jdbc.sql("select id from scorecard where id = :sc for update").param("sc", id).query(Long.class).optional();
    }

    void delete(long id) {
        jdbc.sql("delete from scorecard where id = :id").param("id", id).update();
    }

    private static Map<String, Object> params(Scorecard s) {
        Map<String, Object> p = new HashMap<>();
        p.put("unit", s.unitId());
        p.put("name", s.name().strip());
        p.put("key", Names.key(s.name()));
        p.put("vision", s.vision());
        p.put("method", s.method());
        p.put("amber", s.bandAmber());
        p.put("green", s.bandGreen());
        p.put("blue", s.bandBlue());
        p.put("capLow", s.capLow());
        p.put("capHigh", s.capHigh());
        p.put("missing", s.missing());
        p.put("rollup", s.rollup());
        p.put("approval", s.requiresApproval());
        return p;
    }
}
