package dev.fourfold.security;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Rows of users, with their password hashes kept inside this module. */
@Repository
class UserRepository {

    static final RowMapper<UserAccount> ROW = (rs, n) -> new UserAccount(rs.getLong("id"), rs.getString("username"),
            rs.getString("display_name"), rs.getBoolean("admin"), rs.getBoolean("enabled"),
            rs.getTimestamp("locked_until") == null ? null : rs.getTimestamp("locked_until").toInstant(),
            rs.getString("password_hash") != null, rs.getLong("version"));

    /** Users with the end of their sign-in throttle, if any. */
    private static final String SELECT = """
            select u.*, t.blocked_until as locked_until from app_user u
            left join sign_in_throttle t on t.username_key = u.username_key""";

    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static String key(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }

    Optional<UserAccount> find(long id) {
        return jdbc.sql(SELECT + " where u.id = :id").param("id", id).query(ROW).optional();
    }

    Optional<UserAccount> findByUsername(String username) {
        return jdbc.sql(SELECT + " where u.username_key = :k").param("k", key(username)).query(ROW).optional();
    }

    /** The id of the user with this name, compared as {@link #key} does. */
    Optional<Long> idOf(String username) {
        return jdbc.sql("select id from app_user where username_key = :u").param("u", key(username))
                .query(Long.class).optional();
    }

    boolean exists(long id) {
        return jdbc.sql("select count(*) from app_user where id = :u").param("u", id).query(Long.class).single() > 0;
    }

    Optional<String> passwordHash(String username) {
        return jdbc.sql("select password_hash from app_user where username_key = :k").param("k", key(username))
                .query(String.class).optional();
    }

    List<UserAccount> all() {
        return jdbc.sql(SELECT + " order by u.username_key").query(ROW).list();
    }

    long count() {
        return jdbc.sql("select count(*) from app_user").query(Long.class).single();
    }

    long insert(String username, String displayName, String hash, boolean admin, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into app_user (username, username_key, display_name, password_hash, admin, created_at,
                          password_changed_at) values (:u, :k, :d, :h, :a, :now, :now)""")
                .param("u", username.strip()).param("k", key(username)).param("d", displayName).param("h", hash)
                .param("a", admin).param("now", Timestamp.from(now)).update(keys, "id");
        return keys.getKey().longValue();
    }

    boolean update(long id, String displayName, boolean admin, boolean enabled, long version) {
        return jdbc.sql("""
                        update app_user set display_name = :d, admin = :a, enabled = :e, version = version + 1
                        where id = :id and version = :v""")
                .param("d", displayName).param("a", admin).param("e", enabled).param("id", id).param("v", version)
                .update() == 1;
    }

    void setPassword(long id, String hash, Instant now) {
        jdbc.sql("""
                        update app_user set password_hash = :h, password_changed_at = :now, version = version + 1
                        where id = :id""")
                .param("h", hash).param("now", Timestamp.from(now)).param("id", id).update();
    }
}
