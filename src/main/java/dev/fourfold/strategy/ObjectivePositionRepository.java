package dev.fourfold.strategy;

import java.util.HashMap;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Where the boxes of a scorecard's strategy map stand ({@code objective_position}). Read model: checks that an
 * objective belongs to the scorecard by reading {@code objective} of the {@code scorecard} module, in the same
 * statement that writes the position, so that a position never points across scorecards.
 */
@Repository
class ObjectivePositionRepository {

    private final JdbcClient jdbc;

    ObjectivePositionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The saved positions of a scorecard's objectives, by objective id. */
    Map<Long, MapPosition> of(long scorecardId) {
        Map<Long, MapPosition> positions = new HashMap<>();
        jdbc.sql("select objective_id, x, y from objective_position where scorecard_id = :sc").param("sc", scorecardId)
                .query(rs -> {
                    long id = rs.getLong("objective_id");
                    positions.put(id, new MapPosition(id, rs.getInt("x"), rs.getInt("y")));
                });
        return positions;
    }

    /** Saves a position; false when the objective is not an active one of the scorecard. */
    boolean save(long scorecardId, MapPosition p) {
        int updated = jdbc.sql("update objective_position set x = :x, y = :y where scorecard_id = :sc and objective_id = :o")
                .param("x", p.x()).param("y", p.y()).param("sc", scorecardId).param("o", p.objectiveId()).update();
        if (updated > 0) {
            return true;
        }
        try {
            return insert(scorecardId, p);
        } catch (DuplicateKeyException savedMeanwhile) {
            return save(scorecardId, p);
        }
    }

    private boolean insert(long scorecardId, MapPosition p) {
        return jdbc.sql("""
                        insert into objective_position (scorecard_id, objective_id, x, y)
                        select scorecard_id, id, :x, :y from objective where id = :o and scorecard_id = :sc and retired = false""")
                .param("x", p.x()).param("y", p.y()).param("sc", scorecardId).param("o", p.objectiveId()).update() > 0;
    }
}
