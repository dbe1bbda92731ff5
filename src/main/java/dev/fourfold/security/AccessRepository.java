package dev.fourfold.security;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The read model access is decided from: the grants of enabled users ({@code access_grant}, {@code app_user}) over
 * the unit tree. Besides this module's tables it reads tables of two other modules, only ever reading them:
 * <ul>
 * <li>{@code scorecard} (its id and unit) and {@code org_unit_ancestor} (the unit ancestry) of the {@code scorecard}
 * module, because a grant on a unit reaches every unit and scorecard below it. Each question is answered in one
 * query over the whole tree, on nearly every request; asking the scorecard module's services instead would take a
 * call per scorecard or unit, and those services ask {@code Access} themselves.</li>
 * <li>{@code kpi} ({@code owner}) of the {@code kpi} module, for {@link #mayChangeAnything}: the named owner of a
 * KPI may enter its values. {@link WriteRoleFilter} asks this before a request body is read, in one query, and the
 * kpi module offers no such question (nor does this module depend on it).</li>
 * </ul>
 */
@Repository
class AccessRepository {

    /** Roles of the user that reach a scorecard: on it, or on its unit or any unit above. */
    private static final String ROLES_ON_SCORECARD = """
            select g.role from access_grant g join app_user u on u.id = g.user_id
            where u.username_key = :user and u.enabled = true and (g.scorecard_id = :sc or g.unit_id in (
              select a.ancestor_id from org_unit_ancestor a join scorecard s on s.unit_id = a.unit_id where s.id = :sc))""";

    private static final String MAY_CHANGE_ANYTHING = """
            select count(*) from app_user u where u.username_key = :user and u.enabled = true and (u.admin = true
              or exists (select 1 from access_grant g where g.user_id = u.id and g.role in ('SCORECARD_OWNER', 'KPI_OWNER'))
              or (exists (select 1 from access_grant g where g.user_id = u.id)
                  and exists (select 1 from kpi k where lower(k.owner) = :user)))""";

    private final JdbcClient jdbc;

    AccessRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the user is an enabled administrator. */
    boolean isAdmin(String username) {
        return jdbc.sql("select count(*) from app_user where username_key = :u and admin = true and enabled = true")
                .param("u", UserRepository.key(username)).query(Long.class).single() > 0;
    }

    /** The scorecards a grant of the user reaches, directly or through their unit or a unit above. */
    List<Long> readableScorecards(String username) {
        return jdbc.sql("""
                        select s.id from scorecard s where exists (
                          select 1 from access_grant g join app_user u on u.id = g.user_id
                          where u.username_key = :user and u.enabled = true and (g.scorecard_id = s.id or g.unit_id in (
                            select a.ancestor_id from org_unit_ancestor a where a.unit_id = s.unit_id)))""")
                .param("user", UserRepository.key(username)).query(Long.class).list();
    }

    /** The units a grant of the user reaches: those at or below a granted unit, and those of granted scorecards. */
    Set<Long> readableUnits(String username) {
        String user = UserRepository.key(username);
        Set<Long> units = new HashSet<>(jdbc.sql("""
                        select a.unit_id from org_unit_ancestor a where a.ancestor_id in (
                          select g.unit_id from access_grant g join app_user u on u.id = g.user_id
                          where u.username_key = :user and u.enabled = true and g.unit_id is not null)""")
                .param("user", user).query(Long.class).list());
        units.addAll(jdbc.sql("""
                        select s.unit_id from scorecard s join access_grant g on g.scorecard_id = s.id
                        join app_user u on u.id = g.user_id where u.username_key = :user and u.enabled = true""")
                .param("user", user).query(Long.class).list());
        return units;
    }

    /**
     * The scorecards every enabled non-administrator who reaches scorecard {@code scorecardId} through a grant also
     * reaches.
     */
    Set<Long> sharedWithReadersOf(long scorecardId) {
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

    boolean scorecardExists(long scorecardId) {
        return jdbc.sql("select count(*) from scorecard where id = :sc").param("sc", scorecardId)
                .query(Long.class).single() > 0;
    }

    /** The roles of the user's grants that reach the scorecard, one per grant. */
    List<String> rolesOn(String username, long scorecardId) {
        return jdbc.sql(ROLES_ON_SCORECARD).param("user", UserRepository.key(username)).param("sc", scorecardId)
                .query(String.class).list();
    }

    /** Whether the user holds a scorecard-owner grant on the unit or a unit above it. */
    boolean ownsUnit(String username, long unitId) {
        return jdbc.sql("""
                        select count(*) from access_grant g join app_user u on u.id = g.user_id
                        where u.username_key = :user and u.enabled = true and g.role = 'SCORECARD_OWNER' and g.unit_id in (
                          select a.ancestor_id from org_unit_ancestor a where a.unit_id = :unit)""")
                .param("user", UserRepository.key(username)).param("unit", unitId).query(Long.class).single() > 0;
    }

    /**
     * Whether the user may change something somewhere: an enabled administrator, a holder of a scorecard-owner or
     * KPI-owner grant, or the named owner of a KPI who holds any grant.
     */
    boolean mayChangeAnything(String username) {
        return jdbc.sql(MAY_CHANGE_ANYTHING).param("user", UserRepository.key(username)).query(Long.class).single() > 0;
    }
}
