package dev.fourfold.security;

import dev.fourfold.audit.ChangeLog;
import dev.fourfold.scorecard.ScorecardService;
import dev.fourfold.scorecard.UnitService;
import dev.fourfold.shared.Access;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.FieldProblem;
import dev.fourfold.shared.InvalidInputException;
import dev.fourfold.shared.NotFoundException;
import dev.fourfold.shared.ScorecardChanges;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Roles of users on units and scorecards; administrators manage them. */
@Service
public class GrantService {

    private final GrantRepository grants;
    private final UserRepository users;
    private final ChangeLog changeLog;
    private final Clock clock;
    private final Access access;
    private final UnitService units;
    private final ScorecardService scorecards;
    private final ScorecardChanges changes;

    GrantService(GrantRepository grants, UserRepository users, ChangeLog changeLog, Clock clock, Access access,
                 UnitService units, ScorecardService scorecards, ScorecardChanges changes) {
        this.changes = changes;
        this.grants = grants;
        this.users = users;
        this.changeLog = changeLog;
        this.clock = clock;
        this.access = access;
        this.units = units;
        this.scorecards = scorecards;
    }

    /** Every grant, or those of one user. */
    public List<Grant> list(Long userId, Actor actor) {
        access.requireAdmin(actor);
        return userId == null ? grants.all() : grants.ofUser(userId);
    }

    /** The grants of the signed-in user themselves, so that everyone can see which roles they hold. */
    public List<Grant> mine(Actor actor) {
        return grants.ofUsername(actor.name());
    }

    @Transactional
    public Grant create(long userId, Long unitId, Long scorecardId, String role, Actor actor) {
        access.requireAdmin(actor);
        return insert(userId, unitId, scorecardId, role, actor);
    }

    /** Grants without the administrator check, for first-run and demo users. */
    @Transactional
    public Grant grantInitial(String username, Long unitId, Long scorecardId, Role role) {
        long userId = users.idOf(username)
                .orElseThrow(() -> new IllegalStateException("There is no user " + username + " to grant a role to."));
        return insert(userId, unitId, scorecardId, role.name(), Actor.system());
    }

    private Grant insert(long userId, Long unitId, Long scorecardId, String role, Actor actor) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!users.exists(userId)) {
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
        changes.sharingChanged();
        Grant created = get(grants.insert(userId, unitId, scorecardId, parsed, clock.instant()));
        changeLog.record(ChangeLog.created("grant", created.id(), snapshot(created)), actor);
        return created;
    }

    @Transactional
    public void delete(long id, Actor actor) {
        access.requireAdmin(actor);
        Grant current = get(id);
        changes.sharingChanged();
        grants.delete(id);
        changeLog.record(ChangeLog.deleted("grant", id, snapshot(current)), actor);
    }

    private Grant get(long id) {
        return grants.find(id).orElseThrow(() -> new NotFoundException("grant", id));
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
