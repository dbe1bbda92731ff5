package dev.fourfold.scorecard;

import dev.fourfold.audit.ChangeLog;
import dev.fourfold.shared.Access;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.ConflictException;
import dev.fourfold.shared.NotFoundException;
import dev.fourfold.shared.PageRequest;
import dev.fourfold.shared.PageResponse;
import dev.fourfold.shared.ScorecardChanges;
import dev.fourfold.shared.Visibility;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Objectives and their strategy-map links. An objective that anything refers to (KPIs, initiatives) is retired
 * rather than deleted, so its history stays.
 */
@Service
public class ObjectiveService {

    private final ObjectiveRepository objectives;
    private final ChangeLog changeLog;
    private final Clock clock;
    private final ObjectiveRules rules;
    /** Looked up lazily: the modules that implement it depend on this service. */
    private final ObjectProvider<ObjectiveUsage> usages;
    private final Access access;
    private final ScorecardChanges changes;

    ObjectiveService(ObjectiveRepository objectives, ChangeLog changeLog, Clock clock, ObjectiveRules rules,
                     ObjectProvider<ObjectiveUsage> usages, Access access, ScorecardChanges changes) {
        this.changes = changes;
        this.access = access;
        this.objectives = objectives;
        this.changeLog = changeLog;
        this.clock = clock;
        this.rules = rules;
        this.usages = usages;
    }

    /** Filters of the objective list; every part is optional. */
    public record Filter(Long unitId, Long scorecardId, Long perspectiveId, boolean includeRetired) {
    }

    /** Objectives of the scorecards the actor may read. */
    public PageResponse<Objective> list(Filter filter, PageRequest page, Actor actor) {
        Visibility readable = access.readableScorecards(actor);
        if (readable.isNone()) {
            return new PageResponse<>(List.of(), page.page(), page.size(), 0);
        }
        return objectives.list(filter, readable, page);
    }

    /** Every active objective of a scorecard, in perspective and objective order. */
    public List<Objective> activeOfScorecard(long scorecardId) {
        return objectives.activeOfScorecard(scorecardId);
    }

    /**
     * The objectives, retired ones included, of the given scorecards: all of them when every scorecard is given, so
     * that another module can limit its own rows to objectives of the scorecards an actor may read.
     */
    public Visibility inScorecards(Visibility scorecards) {
        if (scorecards.isAll() || scorecards.isNone()) {
            return scorecards;
        }
        return Visibility.only(objectives.idsOfScorecards(scorecards.ids()));
    }

    public Objective get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("objective", id));
    }

    /** An objective of a scorecard the actor may read. */
    public Objective get(long id, Actor actor) {
        Objective o = get(id);
        access.requireRead(actor, o.scorecardId(), "objective", id);
        return o;
    }

    /**
     * The active objectives of child units aligned to an objective, on the scorecards the actor may read, without
     * their strategy-map links.
     */
    public List<Objective> alignedTo(long id, Actor actor) {
        Visibility readable = access.readableScorecards(actor);
        return objectives.activeAlignedObjectives(id).stream().filter(o -> readable.allows(o.scorecardId())).toList();
    }

    public Optional<Objective> find(long id) {
        return objectives.find(id);
    }

    public Optional<Objective> findByCode(long scorecardId, String code) {
        return objectives.findByCode(scorecardId, code);
    }

    @Transactional
    public Objective create(Objective draft, Actor actor) {
        // Permission first, so that someone who may not change the scorecard learns nothing from validation.
        objectives.scorecardOfPerspective(draft.perspectiveId()).filter(sc -> access.mayRead(actor, sc))
                .ifPresent(sc -> access.requireOwner(actor, sc));
        Objective o = rules.checked(null, draft, access.readableScorecards(actor), null);
        changes.changed(o.scorecardId());
        long id = objectives.insert(o, clock.instant());
        Objective created = get(id);
        changeLog.record(ChangeLog.created("objective", id, created.snapshot()).in(created.scorecardId()), actor);
        return created;
    }

    @Transactional
    public Objective update(long id, Objective draft, Actor actor) {
        Objective current = get(id);
        access.requireOwner(actor, current.scorecardId(), "objective", id);
        Objective o = rules.checked(id, draft, access.readableScorecards(actor), current.alignedToId());
        if (o.scorecardId() != current.scorecardId()) {
            throw new dev.fourfold.shared.InvalidInputException("perspectiveId", "perspective " + o.perspectiveId()
                    + " belongs to another scorecard; an objective can move between the perspectives of its own scorecard only");
        }
        changes.changed(current.scorecardId());
        if (!objectives.update(id, o, draft.version(), clock.instant())) {
            throw ConflictException.staleVersion("objective", id, draft.version(), current.version());
        }
        Objective updated = get(id);
        changeLog.record(ChangeLog.updated("objective", id, current.snapshot(), updated.snapshot()).in(current.scorecardId()), actor);
        return updated;
    }

    /** What happened to an objective asked to be deleted. */
    public enum Removal { DELETED, RETIRED }

    /**
     * Deletes an objective, or retires it when KPIs or initiatives (even retired ones) hang on it. Refused while
     * active KPIs or initiatives, or objectives of child units aligned to it, still refer to it.
     */
    @Transactional
    public Removal delete(long id, Long version, Actor actor) {
        Objective current = get(id);
        access.requireOwner(actor, current.scorecardId(), "objective", id);
        ConflictException.requireVersion("objective", id, version, current.version());
        List<String> refs = new ArrayList<>();
        usages.orderedStream().forEach(u -> refs.addAll(u.activeUses(id)));
        // Aligned objectives of scorecards the actor may not read are counted, not named.
        Visibility readable = access.readableScorecards(actor);
        List<Map.Entry<String, Long>> aligned = objectives.activeAlignedTo(id);
        aligned.stream().filter(a -> readable.allows(a.getValue()))
                .forEach(a -> refs.add("aligned objective " + a.getKey()));
        long hidden = aligned.stream().filter(a -> !readable.allows(a.getValue())).count();
        if (hidden > 0) {
            refs.add(hidden == 1 ? "an aligned objective on a scorecard you cannot read"
                    : hidden + " aligned objectives on scorecards you cannot read");
        }
        if (!refs.isEmpty()) {
            throw ConflictException.referenced("Objective " + current.code(), refs);
        }
        if (usages.orderedStream().anyMatch(u -> u.hasAnyUse(id)) || objectives.isAlignedTarget(id)) {
            setRetired(current, true, actor);
            return Removal.RETIRED;
        }
        changes.changed(current.scorecardId());
        objectives.delete(id);
        changeLog.record(ChangeLog.deleted("objective", id, current.snapshot()).in(current.scorecardId()), actor);
        return Removal.DELETED;
    }

    /** Brings a retired objective back into current views. */
    @Transactional
    public Objective restore(long id, Actor actor) {
        Objective current = get(id);
        access.requireOwner(actor, current.scorecardId(), "objective", id);
        if (!current.retired()) {
            return current;
        }
        setRetired(current, false, actor);
        return get(id);
    }

    private void setRetired(Objective o, boolean retired, Actor actor) {
        changes.changed(o.scorecardId());
        objectives.setRetired(o.id(), retired, clock.instant());
        changeLog.record(ChangeLog.action("objective", o.id(), retired ? "retire" : "restore").in(o.scorecardId()), actor);
    }
}
