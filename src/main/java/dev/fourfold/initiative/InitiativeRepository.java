package dev.fourfold.initiative;

import dev.fourfold.shared.Decimals;
import dev.fourfold.shared.PageRequest;
import dev.fourfold.shared.PageResponse;
import dev.fourfold.shared.Visibility;
import dev.fourfold.shared.Where;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Reads and writes initiative rows. */
@Repository
class InitiativeRepository {

    private final JdbcClient jdbc;

    InitiativeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Initiatives of the {@code visible} objectives, optionally of one objective, by objective. */
    PageResponse<Initiative> list(@Nullable Long objectiveId, Visibility visible, PageRequest page) {
        Where where = new Where()
                .visible("objective_id", "visible", visible)
                .and("objective_id = :o", "o", objectiveId);
        long total = jdbc.sql("select count(*) from initiative" + where.sql()).params(where.params())
                .query(Long.class).single();
        List<Initiative> items = jdbc.sql("select * from initiative" + where.sql()
                        + " order by objective_id, id limit :limit offset :offset")
                .params(where.params()).param("limit", page.size()).param("offset", page.offset())
                .query(InitiativeRepository::row).list();
        return new PageResponse<>(items, page.page(), page.size(), total);
    }

    Optional<Initiative> find(long id) {
        return jdbc.sql("select * from initiative where id = :id").param("id", id)
                .query(InitiativeRepository::row).optional();
    }

    /** Inserts the initiative; returns the new id. */
    long insert(Initiative i, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into initiative (objective_id, name, description, owner, start_date, end_date, budget,
                          percent_complete, status, created_at, updated_at)
                        values (:o, :name, :description, :owner, :start, :end, :budget, :pct, :status, :now, :now)""")
                .params(params(i)).param("now", Timestamp.from(now)).update(keys, "id");
        return keys.getKey().longValue();
    }

    /**
     * Updates the initiative if its stored version is still {@code version}.
     *
     * @return false when the version was stale and nothing changed
     */
    boolean update(long id, Initiative i, long version, Instant now) {
        return jdbc.sql("""
                        update initiative set objective_id = :o, name = :name, description = :description, owner = :owner,
                          start_date = :start, end_date = :end, budget = :budget, percent_complete = :pct,
                          status = :status, updated_at = :now, version = version + 1
                        where id = :id and version = :version""")
                .params(params(i)).param("now", Timestamp.from(now)).param("id", id).param("version", version)
                .update() > 0;
    }

    void delete(long id) {
        jdbc.sql("delete from initiative where id = :id").param("id", id).update();
    }

    /** Names of the objective's initiatives that are neither completed nor cancelled, oldest first. */
    List<String> activeNames(long objectiveId) {
        return jdbc.sql("""
                        select name from initiative where objective_id = :o and status not in ('completed', 'cancelled')
                        order by id""").param("o", objectiveId).query(String.class).list();
    }

    /** Whether the objective has any initiative, finished or not. */
    boolean any(long objectiveId) {
        return jdbc.sql("select count(*) from initiative where objective_id = :o").param("o", objectiveId)
                .query(Long.class).single() > 0;
    }

    private static Initiative row(ResultSet rs, int n) throws SQLException {
        return new Initiative(rs.getLong("id"), rs.getLong("objective_id"), rs.getString("name"),
                rs.getString("description"), rs.getString("owner"),
                rs.getDate("start_date") == null ? null : rs.getDate("start_date").toLocalDate(),
                rs.getDate("end_date") == null ? null : rs.getDate("end_date").toLocalDate(),
                Decimals.normalised(rs.getBigDecimal("budget")), Decimals.normalised(rs.getBigDecimal("percent_complete")),
                rs.getString("status"), rs.getLong("version"));
    }

    private static Map<String, Object> params(Initiative i) {
        Map<String, Object> p = new HashMap<>();
        p.put("o", i.objectiveId());
        p.put("name", i.name());
        p.put("description", i.description());
        p.put("owner", i.owner());
        p.put("start", i.start() == null ? null : Date.valueOf(i.start()));
        p.put("end", i.end() == null ? null : Date.valueOf(i.end()));
        p.put("budget", i.budget());
        p.put("pct", i.percentComplete());
        p.put("status", i.status());
        return p;
    }
}
