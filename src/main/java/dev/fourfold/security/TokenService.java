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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    private final TokenRepository tokens;
    private final UserRepository users;
    private final Clock clock;
    private final ChangeLog changeLog;
    private final SecureRandom random = new SecureRandom();

    TokenService(TokenRepository tokens, UserRepository users, Clock clock, ChangeLog changeLog) {
        this.tokens = tokens;
        this.users = users;
        this.clock = clock;
        this.changeLog = changeLog;
    }

    /** A new token and its secret, which is never shown again. */
    public record Created(ApiToken token, String secret) {
    }

    /** Who a valid token acts for, and whether they were an enabled administrator when the token was read. */
    public record Holder(String username, String scope, boolean admin) {
    }

    public List<ApiToken> mine(Actor actor) {
        return tokens.ofUser(actor.name());
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
        Long userId = users.idOf(actor.name()).orElse(null);
        if (userId == null) {
            problems.add(new FieldProblem("user", "only a signed-in user can create tokens"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        long id = tokens.insert(new TokenRepository.NewToken(userId, name.strip(), hash(secret), secret.substring(0, 10),
                scope, now, expiresAt));
        changeLog.record(ChangeLog.created("token", id, Map.of("name", name.strip(), "scope", scope, "expiresAt", expiresAt)), actor);
        return new Created(tokens.find(id).orElseThrow(), secret);
    }

    /** Revokes one of the actor's own tokens. */
    @Transactional
    public void revoke(long id, Actor actor) {
        ApiToken token = mine(actor).stream().filter(t -> t.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundException("token", id));
        if (token.revokedAt() == null) {
            tokens.revoke(id, clock.instant());
            changeLog.record(ChangeLog.action("token", id, "revoke"), actor);
        }
    }

    /**
     * The holder of a secret, if it is a valid, unexpired, unrevoked token of an enabled user; records its use. The
     * last-used time is shown to the minute, so it is written only on the first use in each minute (UTC): every
     * other request reads the token without writing. No transaction: the read and the conditional write are one
     * statement each and need not agree (two requests in the same first second both writing is harmless), while a
     * transaction would cost every API request a commit.
     */
    public Optional<Holder> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        String hash = hash(secret);
        Optional<TokenRepository.Found> found = tokens.holder(hash, now);
        Instant minute = now.truncatedTo(ChronoUnit.MINUTES);
        found.filter(f -> f.lastUsedAt() == null || f.lastUsedAt().isBefore(minute))
                .ifPresent(f -> tokens.used(hash, now, minute));
        return found.map(TokenRepository.Found::holder);
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
