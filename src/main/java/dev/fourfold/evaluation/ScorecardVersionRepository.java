package dev.fourfold.evaluation;

import dev.fourfold.shared.ScorecardChanges;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The version counters of {@code scorecard_version}: raised by writers in their transaction (which also holds the
 * row's lock until it ends), read by evaluations before the data of a model. Being rows in the database, they tell
 * every node that shares it what changed.
 */
@Repository
class ScorecardVersionRepository implements ScorecardChanges {

    /** The counter of organisation-wide settings, read by every model. */
    static final long ALL = 0;
    /** The counter of what formulas may read across scorecards, read by models with formulas reading outside. */
    static final long SHARING = -1;

    private final JdbcClient jdbc;

    ScorecardVersionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void changed(long scorecardId) {
        raise(scorecardId);
    }

    @Override
    public void changedAll() {
        raise(ALL);
    }

    @Override
    public void sharingChanged() {
        raise(SHARING);
    }

    private void raise(long id) {
        int updated = jdbc.sql("update scorecard_version set version = version + 1 where scorecard_id = :id")
                .param("id", id).update();
        if (updated == 0) {
            jdbc.sql("insert into scorecard_version (scorecard_id, version) values (:id, 1)").param("id", id).update();
        }
    }

    /** The current counters of the given ids, 0 for an id without a row. */
    Map<Long, Long> of(Collection<Long> ids) {
        Map<Long, Long> versions = new HashMap<>();
        ids.forEach(id -> versions.put(id, 0L));
        jdbc.sql("select scorecard_id, version from scorecard_version where scorecard_id in (:ids)").param("ids", ids)
                .query((rs, n) -> versions.put(rs.getLong(1), rs.getLong(2))).list();
        return versions;
    }
}
