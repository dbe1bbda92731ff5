package dev.fourfold.security;

import dev.fourfold.audit.ChangeLog;
import dev.fourfold.shared.Access;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.ConflictException;
import dev.fourfold.shared.FieldProblem;
import dev.fourfold.shared.InvalidInputException;
import dev.fourfold.shared.NotFoundException;
import dev.fourfold.shared.ScorecardChanges;
import dev.fourfold.shared.Texts;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** User accounts: administrators manage them; every user may change their own password. */
@Service
public class UserService {

    static final int MIN_PASSWORD = 10;
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{1,99}");
    private static final List<String> RESERVED = List.of(Actor.SYSTEM, Actor.ANONYMOUS);

    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final ChangeLog changeLog;
    private final Clock clock;
    private final Access access;
    private final SignInThrottle throttle;
    private final ScorecardChanges changes;

    UserService(UserRepository users, PasswordEncoder encoder, ChangeLog changeLog, Clock clock, Access access,
                SignInThrottle throttle, ScorecardChanges changes) {
        this.changes = changes;
        this.users = users;
        this.throttle = throttle;
        this.encoder = encoder;
        this.changeLog = changeLog;
        this.clock = clock;
        this.access = access;
    }

    public List<UserAccount> list(Actor actor) {
        access.requireAdmin(actor);
        return users.all();
    }

    /**
     * The enabled users, for choosing a KPI's or an objective's owner by name. Callers show it only to someone who
     * may change a scorecard (who assigns owners); it holds names, never roles or secrets.
     */
    public List<UserAccount> directory() {
        return users.all().stream().filter(UserAccount::enabled).toList();
    }

    public UserAccount get(long id, Actor actor) {
        access.requireAdmin(actor);
        return users.find(id).orElseThrow(() -> new NotFoundException("user", id));
    }

    public Optional<UserAccount> findByUsername(String username) {
        return users.findByUsername(username);
    }

    /** Creates a user; the password must have at least {@value #MIN_PASSWORD} characters (null: sign-in through the identity provider). */
    @Transactional
    public UserAccount create(String username, String displayName, String password, boolean admin, Actor actor) {
        access.requireAdmin(actor);
        List<FieldProblem> problems = new ArrayList<>();
        checkUsername(problems, username);
        Texts.check(problems, "displayName", displayName);
        if (password != null) {
            checkPassword(problems, "password", password);
        }
        throwIf(problems);
        return insert(username, displayName, password == null ? null : encoder.encode(password), admin, actor);
    }

    /** Creates a user without the password policy: the first administrator and the demo users. */
    @Transactional
    UserAccount createInitial(String username, String displayName, String password, boolean admin) {
        return insert(username, displayName, encoder.encode(password), admin, Actor.system());
    }

    private UserAccount insert(String username, String displayName, String hash, boolean admin, Actor actor) {
        long id = users.insert(username, clean(displayName), hash, admin, clock.instant());
        UserAccount created = users.find(id).orElseThrow();
        changeLog.record(ChangeLog.created("user", id, snapshot(created)), actor);
        return created;
    }

    @Transactional
    public UserAccount update(long id, String displayName, boolean admin, boolean enabled, long version, Actor actor) {
        UserAccount current = get(id, actor);
        if (current.username().equalsIgnoreCase(actor.name()) && (!admin || !enabled)) {
            throw new InvalidInputException("admin", "you cannot remove your own administrator role or disable yourself");
        }
        List<FieldProblem> problems = new ArrayList<>();
        Texts.check(problems, "displayName", displayName);
        throwIf(problems);
        changes.sharingChanged();
        if (!users.update(id, clean(displayName), admin, enabled, version)) {
            throw ConflictException.staleVersion("user", id, version, current.version());
        }
        UserAccount updated = users.find(id).orElseThrow();
        changeLog.record(ChangeLog.updated("user", id, snapshot(current), snapshot(updated)), actor);
        return updated;
    }

    /** An administrator sets a user's password, which also lets the account sign in again at once. */
    @Transactional
    public void setPassword(long id, String password, Actor actor) {
        UserAccount user = get(id, actor);
        List<FieldProblem> problems = new ArrayList<>();
        checkPassword(problems, "password", password);
        throwIf(problems);
        users.setPassword(id, encoder.encode(password), clock.instant());
        throttle.clear(user.username());
        changeLog.record(new ChangeLog.Change("user", user.id(), "update", Map.of("password", "(set)"), Map.of("password", "(new)")), actor);
    }

    /** A user changes their own password, proving the current one. */
    @Transactional
    public void changeOwnPassword(Actor actor, String current, String replacement) {
        UserAccount user = users.findByUsername(actor.name())
                .orElseThrow(() -> new NotFoundException("There is no user " + actor.name() + "."));
        List<FieldProblem> problems = new ArrayList<>();
        String hash = users.passwordHash(actor.name()).orElse(null);
        if (hash == null || current == null || !encoder.matches(current, hash)) {
            problems.add(new FieldProblem("currentPassword", "is not your current password"));
        }
        checkPassword(problems, "newPassword", replacement);
        if (replacement != null && replacement.equals(current)) {
            problems.add(new FieldProblem("newPassword", "must differ from the current password"));
        }
        throwIf(problems);
        users.setPassword(user.id(), encoder.encode(replacement), clock.instant());
        changeLog.record(new ChangeLog.Change("user", user.id(), "update", Map.of("password", "(old)"), Map.of("password", "(changed)")), actor);
    }

    private void checkUsername(List<FieldProblem> problems, String username) {
        if (username == null || !USERNAME.matcher(username.strip()).matches()) {
            problems.add(new FieldProblem("username", "use 2 to 100 letters, digits or . _ @ -, starting with a letter or digit"));
        } else if (RESERVED.contains(UserRepository.key(username))) {
            problems.add(new FieldProblem("username", "'" + username + "' is reserved"));
        } else if (users.findByUsername(username).isPresent()) {
            problems.add(new FieldProblem("username", "a user named '" + username.strip() + "' exists already"));
        }
    }

    static void checkPassword(List<FieldProblem> problems, String field, String password) {
        if (password == null || password.length() < MIN_PASSWORD) {
            problems.add(new FieldProblem(field, "must have at least " + MIN_PASSWORD + " characters"));
        } else if (password.length() > 200) {
            problems.add(new FieldProblem(field, "must have at most 200 characters"));
        }
    }

    private static void throwIf(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static Map<String, Object> snapshot(UserAccount u) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("username", u.username());
        m.put("displayName", u.displayName());
        m.put("admin", u.admin());
        m.put("enabled", u.enabled());
        return m;
    }
}
