package dev.fourfold.scorecard;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The strategy map's cause→effect links between objectives ({@code objective_link}). */
@Repository
class ObjectiveLinkRepository {

    private final JdbcClient jdbc;

    ObjectiveLinkRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Makes {@code causes} (duplicates ignored) exactly the objectives that drive {@code effectId}. */
    void replaceCauses(long effectId, List<Long> causes) {
        jdbc.sql("delete from objective_link where effect_id = :id").param("id", effectId).update();
        for (Long cause : causes.stream().distinct().toList()) {
            jdbc.sql("insert into objective_link (cause_id, effect_id) values (:c, :e)")
                    .param("c", cause).param("e", effectId).update();
        }
    }

    /** Removes every link from or to the objective. */
    void deleteAll(long objectiveId) {
        jdbc.sql("delete from objective_link where cause_id = :id or effect_id = :id").param("id", objectiveId).update();
    }

    /** The causes of each of the effects, in cause order, read in one query; effects without causes are absent. */
    Map<Long, List<Long>> causesOf(Collection<Long> effectIds) {
        Map<Long, List<Long>> causes = new HashMap<>();
        if (effectIds.isEmpty()) {
            return causes;
        }
        jdbc.sql("select cause_id, effect_id from objective_link where effect_id in (:ids) order by cause_id")
                .param("ids", effectIds)
                .query(rs -> {
                    causes.computeIfAbsent(rs.getLong("effect_id"), e -> new ArrayList<>()).add(rs.getLong("cause_id"));
                });
        return causes;
    }
}
