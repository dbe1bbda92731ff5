package dev.fourfold.scorecard;

import dev.fourfold.audit.ChangeLog;
import dev.fourfold.shared.Access;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.ConflictException;
import dev.fourfold.shared.InvalidInputException;
import dev.fourfold.shared.NotFoundException;
import dev.fourfold.shared.ScorecardChanges;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inclusions of child units' scorecards in a scorecard's perspectives and objectives (README, "Roll-up"). Making and
 * removing them takes the rights of changing the including scorecard's structure; a scorecard the author may not read
 * is answered as if it did not exist. Every change raises the including scorecard's version, so its evaluation
 * changes at once.
 */
@Service
public class IncludeService {

    /**
     * A new inclusion as requested: exactly one of {@code perspectiveId} and {@code objectiveId}, and the child by
     * {@code childScorecardId} or, for a unit with one scorecard, {@code childUnitId}. {@code childPerspective} null
     * means the including perspective's own name, or the child's overall score under an objective.
     */
    public record Draft(Long perspectiveId, Long objectiveId, Long childScorecardId, Long childUnitId,
                        String childPerspective, BigDecimal weight) {
    }

    private final IncludeRepository includes;
    private final IncludeRules rules;
    private final ScorecardRepository scorecards;
    private final ChangeLog changeLog;
    private final Access access;
    private final ScorecardChanges changes;

    IncludeService(IncludeRepository includes, IncludeRules rules, ScorecardRepository scorecards, ChangeLog changeLog,
                   Access access, ScorecardChanges changes) {
        this.includes = includes;
        this.rules = rules;
        this.scorecards = scorecards;
        this.changeLog = changeLog;
        this.access = access;
        this.changes = changes;
    }

    /** The inclusions of a scorecard as stored, for its evaluation. */
    public List<ScorecardInclude> ofScorecard(long scorecardId) {
        return includes.ofScorecard(scorecardId);
    }

    /** Whether unit {@code unitId} lies strictly below unit {@code ancestorId} now. */
    public boolean isBelow(long unitId, long ancestorId) {
        return includes.isBelow(unitId, ancestorId);
    }

    /** The inclusions of a scorecard the actor may read, leaving out those of scorecards the actor may not read. */
    public List<ScorecardInclude> list(long scorecardId, Actor actor) {
        access.requireRead(actor, scorecardId);
        return includes.ofScorecard(scorecardId).stream().filter(i -> access.mayRead(actor, i.childScorecardId())).toList();
    }

    @Transactional
    public ScorecardInclude create(long scorecardId, Draft draft, Actor actor) {
        access.requireOwner(actor, scorecardId, "scorecard", scorecardId);
        Scorecard parent = scorecards.find(scorecardId).orElseThrow(() -> new NotFoundException("scorecard", scorecardId));
        ScorecardInclude created = insert(parent, draft, actor);
        changes.changed(scorecardId);
        return created;
    }

    /**
     * Checks and stores one inclusion of {@code parent}, recorded in the change log; the caller holds the rights and
     * marks the scorecard changed.
     *
     * @throws InvalidInputException naming what is wrong with the draft; nothing is stored then
     */
    ScorecardInclude insert(Scorecard parent, Draft draft, Actor actor) {
        ScorecardInclude checked = rules.check(parent, draft, actor);
        ScorecardInclude created = includes.find(includes.insert(checked)).orElseThrow();
        changeLog.record(ChangeLog.created("include", created.id(), created.snapshot()).in(parent.id()), actor);
        return created;
    }

    /** Removes one inclusion, recorded in the change log; the caller holds the rights and marks the scorecard changed. */
    void remove(ScorecardInclude include, Actor actor) {
        includes.delete(include.id());
        changeLog.record(ChangeLog.deleted("include", include.id(), include.snapshot()).in(include.scorecardId()), actor);
    }

    @Transactional
    public void delete(long scorecardId, long id, Long version, Actor actor) {
        access.requireRead(actor, scorecardId);
        ScorecardInclude current = includes.find(id).filter(i -> i.scorecardId() == scorecardId
                && access.mayRead(actor, i.childScorecardId())).orElseThrow(() -> new NotFoundException("include", id));
        access.requireOwner(actor, scorecardId);
        ConflictException.requireVersion("include", id, version, current.version());
        changes.changed(scorecardId);
        remove(current, actor);
    }
}
