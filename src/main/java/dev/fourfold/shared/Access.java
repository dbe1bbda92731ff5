package dev.fourfold.shared;

import java.util.Set;

/**
 * What an actor may see and do. Administrators may do everything; everyone else holds roles on units (inherited
 * by every unit and scorecard below) or on single scorecards: a scorecard owner edits structure and targets and
 * approves values, a KPI owner enters values of the KPIs they own, a viewer reads. Services ask before they act;
 * the checks throw {@link ForbiddenException} or {@link NotFoundException} (for what the actor may not even see).
 */
public interface Access {

    /** Whether the actor is an administrator (or the system). */
    boolean isAdmin(Actor actor);

    /** The scorecards the actor may read: all of them for administrators. */
    Visibility readableScorecards(Actor actor);

    /** The units the actor may see: all of them for administrators. */
    Visibility readableUnits(Actor actor);

    /** Whether the actor may read the scorecard (false for a scorecard that does not exist). */
    boolean mayRead(Actor actor, long scorecardId);

    /** Throws unless the actor may read the scorecard. */
    void requireRead(Actor actor, long scorecardId);

    /**
     * Throws unless the actor may read the scorecard that {@code entity} {@code id} belongs to, answering exactly
     * as if that entity did not exist, so that neither it nor its scorecard leaks.
     */
    default void requireRead(Actor actor, long scorecardId, String entity, Object id) {
        if (!mayRead(actor, scorecardId)) {
            throw new NotFoundException(entity, id);
        }
    }

    /** Like {@link #requireOwner(Actor, long)}, but an unreadable scorecard answers as if the entity did not exist. */
    default void requireOwner(Actor actor, long scorecardId, String entity, Object id) {
        requireRead(actor, scorecardId, entity, id);
        requireOwner(actor, scorecardId);
    }

    /**
     * The scorecards that every reader of scorecard {@code scorecardId} except administrators may read (the
     * scorecard itself included): only these may feed its formulas, so that all its readers see the same
     * evaluation and none sees through it what they may not read. Reflects the current grants and unit tree.
     */
    Set<Long> sharedWithReadersOf(long scorecardId);

    /** Throws unless the actor may change the scorecard's structure and targets (scorecard owner or admin). */
    void requireOwner(Actor actor, long scorecardId);

    /** Whether the actor may change the scorecard's structure, targets and locks (what {@link #requireOwner} allows). */
    boolean mayOwn(Actor actor, long scorecardId);

    /** Throws unless the actor may create scorecards for the unit (scorecard owner of the unit, or admin). */
    void requireUnitOwner(Actor actor, long unitId);

    /** Throws unless the actor is an administrator. */
    void requireAdmin(Actor actor);

    /**
     * Whether the actor may record values of a KPI: a scorecard owner of its scorecard, an administrator, or its
     * KPI owner holding any role on the scorecard.
     */
    boolean mayEnterValues(Actor actor, long scorecardId, String kpiOwner);

    /** Whether the actor's values need approval on a scorecard that requires it (not an owner or admin). */
    boolean needsApproval(Actor actor, long scorecardId);
}
