package dev.fourfold.strategy;

import dev.fourfold.shared.Access;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.ForbiddenException;
import dev.fourfold.shared.InvalidInputException;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The arrangement of a scorecard's strategy map: every reader sees it, those who may change the scorecard's
 * structure (its owners and administrators) move its boxes. Positions are layout, not strategy: they leave the
 * scorecard's version and evaluations alone and are not written to the change log.
 */
@Service
public class ObjectivePositions {

    private final ObjectivePositionRepository positions;
    private final Access access;

    ObjectivePositions(ObjectivePositionRepository positions, Access access) {
        this.positions = positions;
        this.access = access;
    }

    /** The saved positions of a scorecard the actor may read, by objective id. */
    public Map<Long, MapPosition> of(long scorecardId, Actor actor) {
        access.requireRead(actor, scorecardId, "scorecard", scorecardId);
        return positions.of(scorecardId);
    }

    /** Whether the actor may move the boxes of a scorecard's map. */
    public boolean mayArrange(long scorecardId, Actor actor) {
        try {
            access.requireOwner(actor, scorecardId);
            return true;
        } catch (ForbiddenException e) {
            return false;
        }
    }

    /**
     * Puts an objective's box where it was dropped.
     *
     * @throws dev.fourfold.shared.NotFoundException for a scorecard the actor may not read
     * @throws ForbiddenException                    for a reader who may not change it
     * @throws InvalidInputException                 for an objective that is not an active one of the scorecard
     */
    public void save(long scorecardId, MapPosition position, Actor actor) {
        access.requireOwner(actor, scorecardId, "scorecard", scorecardId);
        if (!positions.save(scorecardId, position)) {
            throw new InvalidInputException("objectiveId", "objective " + position.objectiveId()
                    + " is not an active objective of this scorecard");
        }
    }
}
