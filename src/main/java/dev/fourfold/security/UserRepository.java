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

    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static String key(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }

    Optional<UserAccount> find(long id) {
        return jdbc.sql("select * from app_user where id = :id").param("id", id).query(ROW).optional();
    }

    Optional<UserAccount> findByUsername(String username) {
        return jdbc.sql("select * from app_user where username_key = :k").param("k", key(username)).query(ROW).optional();
    }

    Optional<String> passwordHash(String username) {
        return jdbc.sql("select password_hash from app_user where username_key = :k").param("k", key(username))
                .query(String.class).optional();
    }

    List<UserAccount> all() {
        return jdbc.sql("select * from app_user order by username_key").query(ROW).list();
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
                        update app_user set password_hash = :h, password_changed_at = :now, failed_logins = 0,
                          locked_until = null, version = version + 1 where id = :id""")
                .param("h", hash).param("now", Timestamp.from(now)).param("id", id).update();
    }

    /** Counts a failed sign-in; returns the number of failures in a row. */
    int recordFailure(String username) {
        jdbc.sql("update app_user set failed_logins = failed_logins + 1 where username_key = :k").param("k", key(username)).update();
        return jdbc.sql("select failed_logins from app_user where username_key = :k").param("k", key(username))
                .query(Integer.class).optional().orElse(0);
    }

    void lock(String username, Instant until) {
        jdbc.sql("update app_user set locked_until = :t where username_key = :k")
                .param("t", Timestamp.from(until)).param("k", key(username)).update();
    }

    void recordSuccess(String username) {
        jdbc.sql("update app_user set failed_logins = 0, locked_until = null where username_key = :k")
                .param("k", key(username)).update();
    }
}
