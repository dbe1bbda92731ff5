package dev.fourfold.scorecard;

import dev.fourfold.shared.Decimals;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Reads and writes the inclusions of child units' scorecards ({@code scorecard_include}) and asks the unit tree. */
@Repository
class IncludeRepository {

    private static final String SELECT = """
            select i.*, c.name as child_name, c.unit_id as child_unit_id, u.name as child_unit_name
            from scorecard_include i join scorecard c on c.id = i.child_scorecard_id join org_unit u on u.id = c.unit_id
            """;

    private final JdbcClient jdbc;

    IncludeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static ScorecardInclude row(ResultSet rs, int n) throws SQLException {
        return new ScorecardInclude(rs.getLong("id"), rs.getLong("scorecard_id"), rs.getObject("perspective_id", Long.class),
                rs.getObject("objective_id", Long.class), rs.getLong("child_scorecard_id"), rs.getString("child_perspective"),
                Decimals.normalised(rs.getBigDecimal("weight")), rs.getLong("child_unit_id"), rs.getString("child_unit_name"),
                rs.getString("child_name"), rs.getLong("version"));
    }

    /** The inclusions of a scorecard, in the order they were made. */
    List<ScorecardInclude> ofScorecard(long scorecardId) {
        return jdbc.sql(SELECT + " where i.scorecard_id = :sc order by i.id").param("sc", scorecardId).query(IncludeRepository::row).list();
    }

    Optional<ScorecardInclude> find(long id) {
        return jdbc.sql(SELECT + " where i.id = :id").param("id", id).query(IncludeRepository::row).optional();
    }

    /** Every inclusion as (including scorecard, included scorecard): the graph a new inclusion must not close a cycle in. */
    List<Map.Entry<Long, Long>> edges() {
        return jdbc.sql("select scorecard_id, child_scorecard_id from scorecard_include")
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getLong(2))).list();
    }

    /** Whether unit {@code unitId} lies strictly below unit {@code ancestorId}. */
    boolean isBelow(long unitId, long ancestorId) {
        return unitId != ancestorId && jdbc.sql("""
                        select count(*) from org_unit_ancestor where unit_id = :unit and ancestor_id = :ancestor""")
                .param("unit", unitId).param("ancestor", ancestorId).query(Long.class).single() > 0;
    }

    /** The scorecards of a unit, oldest first. */
    List<Long> scorecardsOfUnit(long unitId) {
        return jdbc.sql("select id from scorecard where unit_id = :unit order by id").param("unit", unitId)
                .query(Long.class).list();
    }

    long insert(ScorecardInclude i) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into scorecard_include (scorecard_id, perspective_id, objective_id, child_scorecard_id,
                                child_perspective, weight)
                        values (:sc, :perspective, :objective, :child, :childPerspective, :weight)""")
                .param("sc", i.scorecardId()).param("perspective", i.perspectiveId()).param("objective", i.objectiveId())
                .param("child", i.childScorecardId()).param("childPerspective", i.childPerspective())
                .param("weight", i.weight()).update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Sets an inclusion's weight and raises its version. */
    void updateWeight(long id, BigDecimal weight) {
        jdbc.sql("update scorecard_include set weight = :weight, version = version + 1 where id = :id")
                .param("weight", weight).param("id", id).update();
    }

    void delete(long id) {
        jdbc.sql("delete from scorecard_include where id = :id").param("id", id).update();
    }
}
