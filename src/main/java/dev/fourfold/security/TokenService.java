package dev.fourfold.security;

import dev.fourfold.audit.ChangeLog;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.FieldProblem;
import dev.fourfold.shared.InvalidInputException;
import dev.fourfold.shared.NotFoundException;
import dev.fourfold.shared.Texts;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens. A token is 32 random bytes, shown once as {@code ff_<base64url>}; the database keeps its SHA-256,
 * which is enough for random secrets of that length (no salt or slow hash needed) and allows lookup by hash.
 */
@Service
public class TokenService {

    static final String PREFIX = "ff_";
    private static final Duration MAX_LIFETIME = Duration.ofDays(366);
    private static final RowMapper<ApiToken> ROW = (rs, n) -> new ApiToken(rs.getLong("id"), rs.getString("name"),
            rs.getString("prefix"), rs.getString("scope"), rs.getTimestamp("created_at").toInstant(),
            rs.getTimestamp("expires_at").toInstant(), instant(rs.getTimestamp("last_used_at")),
            instant(rs.getTimestamp("revoked_at")));

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ChangeLog changeLog;
    private final SecureRandom random = new SecureRandom();

    TokenService(JdbcClient jdbc, Clock clock, ChangeLog changeLog) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.changeLog = changeLog;
    }

    /** A new token and its secret, which is never shown again. */
    public record Created(ApiToken token, String secret) {
    }

    /** Who a valid token acts for. */
    public record Holder(String username, String scope) {
    }

    public List<ApiToken> mine(Actor actor) {
        return jdbc.sql("select t.* from api_token t join app_user u on u.id = t.user_id where u.username_key = :u order by t.id")
                .param("u", UserRepository.key(actor.name())).query(ROW).list();
    }

    /** Creates a token for the actor themselves, expiring at most a year from now. */
    @Transactional
    public Created create(Actor actor, String name, String scope, Instant expiresAt) {
        Instant now = clock.instant();
        List<FieldProblem> problems = new ArrayList<>();
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            problems.add(new FieldProblem("name", "is required, at most 100 characters: say what the token is for"));
        }
        Texts.check(problems, "name", name);
        if (!"read".equals(scope) && !"read-write".equals(scope)) {
            problems.add(new FieldProblem("scope", "must be 'read' (GET only) or 'read-write', was '" + scope + "'"));
        }
        if (expiresAt == null || !expiresAt.isAfter(now) || expiresAt.isAfter(now.plus(MAX_LIFETIME))) {
            problems.add(new FieldProblem("expiresAt", "must lie in the future, at most a year from now"));
        }
        Long userId = jdbc.sql("select id from app_user where username_key = :u").param("u", UserRepository.key(actor.name()))
                .query(Long.class).optional().orElse(null);
        if (userId == null) {
            problems.add(new FieldProblem("user", "only a signed-in user can create tokens"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into api_token (user_id, name, token_hash, prefix, scope, created_at, expires_at)
                        values (:u, :n, :h, :p, :s, :now, :exp)""")
                .param("u", userId).param("n", name.strip()).param("h", hash(secret)).param("p", secret.substring(0, 10))
                .param("s", scope).param("now", Timestamp.from(now)).param("exp", Timestamp.from(expiresAt))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        changeLog.record(ChangeLog.created("token", id, Map.of("name", name.strip(), "scope", scope, "expiresAt", expiresAt)), actor);
        return new Created(find(id).orElseThrow(), secret);
    }

    /** Revokes one of the actor's own tokens. */
    @Transactional
    public void revoke(long id, Actor actor) {
        ApiToken token = mine(actor).stream().filter(t -> t.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundException("token", id));
        if (token.revokedAt() == null) {
            jdbc.sql("update api_token set revoked_at = :now where id = :id")
                    .param("now", Timestamp.from(clock.instant())).param("id", id).update();
            changeLog.record(ChangeLog.action("token", id, "revoke"), actor);
        }
    }

    /** The holder of a secret, if it is a valid, unexpired, unrevoked token of an enabled user; records its use. */
    @Transactional
    public Optional<Holder> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        Timestamp now = Timestamp.from(clock.instant());
        Optional<Holder> holder = jdbc.sql("""
                        select u.username, t.scope from api_token t join app_user u on u.id = t.user_id
                        where t.token_hash = :h and t.revoked_at is null and t.expires_at > :now and u.enabled = true""")
                .param("h", hash(secret)).param("now", now)
                .query((rs, n) -> new Holder(rs.getString("username"), rs.getString("scope"))).optional();
        holder.ifPresent(h -> jdbc.sql("update api_token set last_used_at = :now where token_hash = :h")
                .param("now", now).param("h", hash(secret)).update());
        return holder;
    }

    private Optional<ApiToken> find(long id) {
        return jdbc.sql("select * from api_token where id = :id").param("id", id).query(ROW).optional();
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
