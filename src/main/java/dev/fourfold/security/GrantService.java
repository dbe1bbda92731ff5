package dev.fourfold.security;

import dev.fourfold.audit.ChangeLog;
import dev.fourfold.scorecard.ScorecardService;
import dev.fourfold.scorecard.UnitService;
import dev.fourfold.shared.Access;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.FieldProblem;
import dev.fourfold.shared.InvalidInputException;
import dev.fourfold.shared.NotFoundException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Roles of users on units and scorecards; administrators manage them. */
@Service
public class GrantService {

    private static final RowMapper<Grant> ROW = (rs, n) -> new Grant(rs.getLong("id"), rs.getLong("user_id"),
            rs.getString("username"), (Long) rs.getObject("unit_id", Long.class),
            (Long) rs.getObject("scorecard_id", Long.class), Role.valueOf(rs.getString("role")));

    private final JdbcClient jdbc;
    private final ChangeLog changeLog;
    private final Clock clock;
    private final Access access;
    private final UnitService units;
    private final ScorecardService scorecards;

    GrantService(JdbcClient jdbc, ChangeLog changeLog, Clock clock, Access access, UnitService units,
                 ScorecardService scorecards) {
        this.jdbc = jdbc;
        this.changeLog = changeLog;
        this.clock = clock;
        this.access = access;
        this.units = units;
        this.scorecards = scorecards;
    }

    /** Every grant, or those of one user. */
    public List<Grant> list(Long userId, Actor actor) {
        access.requireAdmin(actor);
        return userId == null
                ? jdbc.sql("select g.*, u.username from access_grant g join app_user u on u.id = g.user_id order by u.username_key, g.id")
                .query(ROW).list()
                : jdbc.sql("select g.*, u.username from access_grant g join app_user u on u.id = g.user_id where g.user_id = :u order by g.id")
                .param("u", userId).query(ROW).list();
    }

    /** The grants of the signed-in user themselves, so that everyone can see which roles they hold. */
    public List<Grant> mine(Actor actor) {
        return jdbc.sql("select g.*, u.username from access_grant g join app_user u on u.id = g.user_id where u.username_key = :k order by g.id")
                .param("k", UserRepository.key(actor.name())).query(ROW).list();
    }

    @Transactional
    public Grant create(long userId, Long unitId, Long scorecardId, String role, Actor actor) {
        access.requireAdmin(actor);
        return insert(userId, unitId, scorecardId, role, actor);
    }

    /** Grants without the administrator check, for first-run and demo users. */
    @Transactional
    public Grant grantInitial(String username, Long unitId, Long scorecardId, Role role) {
        long userId = jdbc.sql("select id from app_user where username_key = :u").param("u", UserRepository.key(username))
                .query(Long.class).single();
        return insert(userId, unitId, scorecardId, role.name(), Actor.system());
    }

    private Grant insert(long userId, Long unitId, Long scorecardId, String role, Actor actor) {
        List<FieldProblem> problems = new ArrayList<>();
        if (jdbc.sql("select count(*) from app_user where id = :u").param("u", userId).query(Long.class).single() == 0) {
            problems.add(new FieldProblem("userId", "there is no user with id " + userId));
        }
        if ((unitId == null) == (scorecardId == null)) {
            problems.add(new FieldProblem("unitId", "give either a unit (the role reaches everything below it) or a scorecard, not both"));
        } else if (unitId != null && units.find(unitId).isEmpty()) {
            problems.add(new FieldProblem("unitId", "there is no unit with id " + unitId));
        } else if (scorecardId != null && scorecards.find(scorecardId).isEmpty()) {
            problems.add(new FieldProblem("scorecardId", "there is no scorecard with id " + scorecardId));
        }
        Role parsed = null;
        try {
            parsed = Role.valueOf(role == null ? "" : role.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("role", "must be SCORECARD_OWNER, KPI_OWNER or VIEWER, was '" + role + "'"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into access_grant (user_id, unit_id, scorecard_id, role, created_at) values (:u, :unit, :sc, :r, :now)")
                .param("u", userId).param("unit", unitId).param("sc", scorecardId).param("r", parsed.name())
                .param("now", Timestamp.from(clock.instant())).update(keys, "id");
        Grant created = get(keys.getKey().longValue());
        changeLog.record(ChangeLog.created("grant", created.id(), snapshot(created)), actor);
        return created;
    }

    @Transactional
    public void delete(long id, Actor actor) {
        access.requireAdmin(actor);
        Grant current = get(id);
        jdbc.sql("delete from access_grant where id = :id").param("id", id).update();
        changeLog.record(ChangeLog.deleted("grant", id, snapshot(current)), actor);
    }

    private Grant get(long id) {
        return jdbc.sql("select g.*, u.username from access_grant g join app_user u on u.id = g.user_id where g.id = :id")
                .param("id", id).query(ROW).optional().orElseThrow(() -> new NotFoundException("grant", id));
    }

    private static Map<String, Object> snapshot(Grant g) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("user", g.username());
        m.put("unitId", g.unitId());
        m.put("scorecardId", g.scorecardId());
        m.put("role", g.role());
        return m;
    }
}
