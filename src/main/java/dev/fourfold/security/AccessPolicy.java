package dev.fourfold.security;

import dev.fourfold.shared.Access;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.ForbiddenException;
import dev.fourfold.shared.NotFoundException;
import dev.fourfold.shared.Visibility;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Decides from the grants in the database. A grant on a unit reaches every unit and scorecard below it (through
 * the unit ancestry table); a grant on a scorecard reaches that scorecard. What an actor may not read is answered
 * as not found, so that its existence does not leak; what it may read but not change is forbidden. The grants are
 * read through {@link AccessRepository}; the administrator flag of a read with an API token comes with the token's
 * own query ({@link TokenDetails}), and any other read request asks for it once ({@link ReadRequestFlags}).
 */
@Component
class AccessPolicy implements Access {

    private final AccessRepository grants;

    AccessPolicy(AccessRepository grants) {
        this.grants = grants;
    }

    @Override
    public boolean isAdmin(Actor actor) {
        return actor.isSystem() || TokenDetails.adminFlagOf(actor.name())
                .orElseGet(() -> ReadRequestFlags.admin(actor.name(), () -> grants.isAdmin(actor.name())));
    }

    @Override
    public Visibility readableScorecards(Actor actor) {
        if (isAdmin(actor)) {
            return Visibility.all();
        }
        return Visibility.only(grants.readableScorecards(actor.name()));
    }

    @Override
    public Visibility readableUnits(Actor actor) {
        if (isAdmin(actor)) {
            return Visibility.all();
        }
        return Visibility.only(grants.readableUnits(actor.name()));
    }

    @Override
    public boolean mayRead(Actor actor, long scorecardId) {
        return isAdmin(actor) ? grants.scorecardExists(scorecardId) : !roles(actor, scorecardId).isEmpty();
    }

    @Override
    public Set<Long> sharedWithReadersOf(long scorecardId) {
        return grants.sharedWithReadersOf(scorecardId);
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
    public boolean mayOwn(Actor actor, long scorecardId) {
        return isAdmin(actor) || roles(actor, scorecardId).contains(Role.SCORECARD_OWNER.name());
    }

    @Override
    public void requireUnitOwner(Actor actor, long unitId) {
        if (isAdmin(actor)) {
            return;
        }
        if (!grants.ownsUnit(actor.name(), unitId)) {
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
        return ReadRequestFlags.roles(actor.name(), scorecardId, () -> grants.rolesOn(actor.name(), scorecardId));
    }
}
