package dev.fourfold.security;

import dev.fourfold.shared.Access;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.Visibility;
import dev.fourfold.shared.ForbiddenException;
import dev.fourfold.shared.NotFoundException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Decides from the grants in the database. A grant on a unit reaches every unit and scorecard below it (through
 * the unit ancestry table); a grant on a scorecard reaches that scorecard. What an actor may not read is answered
 * as not found, so that its existence does not leak; what it may read but not change is forbidden.
 */
@Component
class AccessPolicy implements Access {

    /** Grants of the user that reach a scorecard: on it, or on its unit or any unit above. */
    private static final String GRANTS_ON_SCORECARD = """
            select g.role from access_grant g join app_user u on u.id = g.user_id
            where u.username_key = :user and u.enabled = true and (g.scorecard_id = :sc or g.unit_id in (
              select a.ancestor_id from org_unit_ancestor a join scorecard s on s.unit_id = a.unit_id where s.id = :sc))""";

    private final JdbcClient jdbc;

    AccessPolicy(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean isAdmin(Actor actor) {
        return actor.isSystem() || jdbc.sql("select count(*) from app_user where username_key = :u and admin = true and enabled = true")
                .param("u", UserRepository.key(actor.name())).query(Long.class).single() > 0;
    }

    @Override
    public Visibility readableScorecards(Actor actor) {
        if (isAdmin(actor)) {
            return Visibility.all();
        }
        return Visibility.only(jdbc.sql("""
                        select s.id from scorecard s where exists (
                          select 1 from access_grant g join app_user u on u.id = g.user_id
                          where u.username_key = :user and u.enabled = true and (g.scorecard_id = s.id or g.unit_id in (
                            select a.ancestor_id from org_unit_ancestor a where a.unit_id = s.unit_id)))""")
                .param("user", UserRepository.key(actor.name())).query(Long.class).list());
    }

    @Override
    public Visibility readableUnits(Actor actor) {
        if (isAdmin(actor)) {
            return Visibility.all();
        }
        String user = UserRepository.key(actor.name());
        Set<Long> units = new HashSet<>(jdbc.sql("""
                        select a.unit_id from org_unit_ancestor a where a.ancestor_id in (
                          select g.unit_id from access_grant g join app_user u on u.id = g.user_id
                          where u.username_key = :user and u.enabled = true and g.unit_id is not null)""")
                .param("user", user).query(Long.class).list());
        units.addAll(jdbc.sql("""
                        select s.unit_id from scorecard s join access_grant g on g.scorecard_id = s.id
                        join app_user u on u.id = g.user_id where u.username_key = :user and u.enabled = true""")
                .param("user", user).query(Long.class).list());
        return Visibility.only(units);
    }

    @Override
    public boolean mayRead(Actor actor, long scorecardId) {
        return isAdmin(actor) ? scorecardExists(scorecardId) : !roles(actor, scorecardId).isEmpty();
    }

    @Override
    public Set<Long> sharedWithReadersOf(long scorecardId) {
        // A scorecard t qualifies unless some enabled non-administrator reaches s through a grant but not t.
        return new HashSet<>(jdbc.sql("""
                        select t.id from scorecard t where not exists (
                          select 1 from app_user u where u.enabled = true and u.admin = false
                          and exists (select 1 from access_grant g join scorecard s on s.id = :sc
                            where g.user_id = u.id and (g.scorecard_id = s.id or g.unit_id in (
                              select a.ancestor_id from org_unit_ancestor a where a.unit_id = s.unit_id)))
                          and not exists (select 1 from access_grant g
                            where g.user_id = u.id and (g.scorecard_id = t.id or g.unit_id in (
                              select a.ancestor_id from org_unit_ancestor a where a.unit_id = t.unit_id))))""")
                .param("sc", scorecardId).query(Long.class).list());
    }

    private boolean scorecardExists(long scorecardId) {
        return jdbc.sql("select count(*) from scorecard where id = :sc").param("sc", scorecardId).query(Long.class).single() > 0;
    }

    @Override
    public void requireRead(Actor actor, long scorecardId) {
        if (!isAdmin(actor) && roles(actor, scorecardId).isEmpty()) {
            throw new NotFoundException("scorecard", scorecardId);
        }
    }

    @Override
    public void requireOwner(Actor actor, long scorecardId) {
        if (isAdmin(actor)) {
            return;
        }
        List<String> roles = roles(actor, scorecardId);
        if (roles.isEmpty()) {
            throw new NotFoundException("scorecard", scorecardId);
        }
        if (!roles.contains(Role.SCORECARD_OWNER.name())) {
            throw new ForbiddenException("Only a scorecard owner or an administrator may change the structure and targets of scorecard "
                    + scorecardId + "; " + actor.name() + " holds " + String.join(", ", new HashSet<>(roles)) + ".");
        }
    }

    @Override
    public void requireUnitOwner(Actor actor, long unitId) {
        if (isAdmin(actor)) {
            return;
        }
        long owned = jdbc.sql("""
                        select count(*) from access_grant g join app_user u on u.id = g.user_id
                        where u.username_key = :user and u.enabled = true and g.role = 'SCORECARD_OWNER' and g.unit_id in (
                          select a.ancestor_id from org_unit_ancestor a where a.unit_id = :unit)""")
                .param("user", UserRepository.key(actor.name())).param("unit", unitId).query(Long.class).single();
        if (owned == 0) {
            throw new ForbiddenException("Only a scorecard owner of unit " + unitId + " (or of a unit above it) or an administrator may do this.");
        }
    }

    @Override
    public void requireAdmin(Actor actor) {
        if (!isAdmin(actor)) {
            throw new ForbiddenException("Only an administrator may do this.");
        }
    }

    @Override
    public boolean mayEnterValues(Actor actor, long scorecardId, String kpiOwner) {
        if (isAdmin(actor)) {
            return true;
        }
        List<String> roles = roles(actor, scorecardId);
        return roles.contains(Role.SCORECARD_OWNER.name())
                || (kpiOwner != null && kpiOwner.equalsIgnoreCase(actor.name()) && !roles.isEmpty());
    }

    @Override
    public boolean needsApproval(Actor actor, long scorecardId) {
        return !isAdmin(actor) && !roles(actor, scorecardId).contains(Role.SCORECARD_OWNER.name());
    }

    private List<String> roles(Actor actor, long scorecardId) {
        if (actor.isSystem()) {
            return List.of(Role.SCORECARD_OWNER.name());
        }
        return jdbc.sql(GRANTS_ON_SCORECARD).param("user", UserRepository.key(actor.name())).param("sc", scorecardId)
                .query(String.class).list();
    }
}
