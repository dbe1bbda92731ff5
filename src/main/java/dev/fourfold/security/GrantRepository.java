package dev.fourfold.security;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Grants of roles on units and scorecards, each read with the name of its user. */
@Repository
class GrantRepository {

    private static final RowMapper<Grant> ROW = (rs, n) -> new Grant(rs.getLong("id"), rs.getLong("user_id"),
            rs.getString("username"), (Long) rs.getObject("unit_id", Long.class),
            (Long) rs.getObject("scorecard_id", Long.class), Role.valueOf(rs.getString("role")));

    private static final String SELECT = """
            select g.*, u.username from access_grant g join app_user u on u.id = g.user_id""";

    private final JdbcClient jdbc;

    GrantRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every grant, by user name. */
    List<Grant> all() {
        return jdbc.sql(SELECT + " order by u.username_key, g.id").query(ROW).list();
    }

    List<Grant> ofUser(long userId) {
        return jdbc.sql(SELECT + " where g.user_id = :u order by g.id").param("u", userId).query(ROW).list();
    }

    List<Grant> ofUsername(String username) {
        return jdbc.sql(SELECT + " where u.username_key = :k order by g.id").param("k", UserRepository.key(username))
                .query(ROW).list();
    }

    Optional<Grant> find(long id) {
        return jdbc.sql(SELECT + " where g.id = :id").param("id", id).query(ROW).optional();
    }

    /** Inserts a grant on a unit or a scorecard; returns the new id. */
    long insert(long userId, @Nullable Long unitId, @Nullable Long scorecardId, Role role, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into access_grant (user_id, unit_id, scorecard_id, role, created_at)
                        values (:u, :unit, :sc, :r, :now)""")
                .param("u", userId).param("unit", unitId).param("sc", scorecardId).param("r", role.name())
                .param("now", Timestamp.from(now)).update(keys, "id");
        return keys.getKey().longValue();
    }

    void delete(long id) {
        jdbc.sql("delete from access_grant where id = :id").param("id", id).update();
    }
}
