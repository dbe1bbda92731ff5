package dev.fourfold.security;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** API tokens, found by the SHA-256 of their secret (the secret itself is never stored). */
@Repository
class TokenRepository {

    private static final RowMapper<ApiToken> ROW = (rs, n) -> new ApiToken(rs.getLong("id"), rs.getString("name"),
            rs.getString("prefix"), rs.getString("scope"), rs.getTimestamp("created_at").toInstant(),
            rs.getTimestamp("expires_at").toInstant(), instant(rs.getTimestamp("last_used_at")),
            instant(rs.getTimestamp("revoked_at")));

    private final JdbcClient jdbc;

    TokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every token of the user, revoked and expired ones included, oldest first. */
    List<ApiToken> ofUser(String username) {
        return jdbc.sql("""
                        select t.* from api_token t join app_user u on u.id = t.user_id
                        where u.username_key = :u order by t.id""")
                .param("u", UserRepository.key(username)).query(ROW).list();
    }

    Optional<ApiToken> find(long id) {
        return jdbc.sql("select * from api_token where id = :id").param("id", id).query(ROW).optional();
    }

    /** A token to insert: its owner, name, the hash and first characters of its secret, scope and lifetime. */
    record NewToken(long userId, String name, String hash, String prefix, String scope, Instant createdAt,
                    Instant expiresAt) {
    }

    /** Inserts the token; returns the new id. */
    long insert(NewToken t) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into api_token (user_id, name, token_hash, prefix, scope, created_at, expires_at)
                        values (:u, :n, :h, :p, :s, :now, :exp)""")
                .param("u", t.userId()).param("n", t.name()).param("h", t.hash()).param("p", t.prefix())
                .param("s", t.scope()).param("now", Timestamp.from(t.createdAt()))
                .param("exp", Timestamp.from(t.expiresAt()))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void revoke(long id, Instant now) {
        jdbc.sql("update api_token set revoked_at = :now where id = :id")
                .param("now", Timestamp.from(now)).param("id", id).update();
    }

    /** A valid token's holder and when the token was last used (null if never). */
    record Found(TokenService.Holder holder, Instant lastUsedAt) {
    }

    /**
     * Who holds the token with this hash, if it is unrevoked, unexpired at {@code now} and its user enabled, and
     * whether that user is an administrator: one round trip for what every API request asks first.
     */
    Optional<Found> holder(String hash, Instant now) {
        return jdbc.sql("""
                        select u.username, u.admin, t.scope, t.last_used_at from api_token t join app_user u on u.id = t.user_id
                        where t.token_hash = :h and t.revoked_at is null and t.expires_at > :now and u.enabled = true""")
                .param("h", hash).param("now", Timestamp.from(now))
                .query((rs, n) -> new Found(new TokenService.Holder(rs.getString("username"), rs.getString("scope"),
                        rs.getBoolean("admin")), instant(rs.getTimestamp("last_used_at"))))
                .optional();
    }

    /**
     * Records that the token with this hash was used at {@code now}, unless a use since {@code minute} (the start of
     * now's minute) is recorded already: of several requests in the same minute only one writes.
     */
    void used(String hash, Instant now, Instant minute) {
        jdbc.sql("update api_token set last_used_at = :now where token_hash = :h and (last_used_at is null or last_used_at < :minute)")
                .param("now", Timestamp.from(now)).param("h", hash).param("minute", Timestamp.from(minute)).update();
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
