package dev.fourfold.initiative;

import dev.fourfold.audit.ChangeLog;
import dev.fourfold.scorecard.ObjectiveService;
import dev.fourfold.scorecard.ObjectiveUsage;
import dev.fourfold.shared.Access;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.ConflictException;
import dev.fourfold.shared.Decimals;
import dev.fourfold.shared.FieldProblem;
import dev.fourfold.shared.InvalidInputException;
import dev.fourfold.shared.Names;
import dev.fourfold.shared.NotFoundException;
import dev.fourfold.shared.PageRequest;
import dev.fourfold.shared.PageResponse;
import dev.fourfold.shared.Visibility;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Initiatives of objectives. */
@Service
public class InitiativeService implements ObjectiveUsage {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final InitiativeRepository initiatives;
    private final ChangeLog changeLog;
    private final Clock clock;
    private final ObjectiveService objectives;
    private final Access access;

    InitiativeService(InitiativeRepository initiatives, ChangeLog changeLog, Clock clock, ObjectiveService objectives,
                      Access access) {
        this.access = access;
        this.initiatives = initiatives;
        this.changeLog = changeLog;
        this.clock = clock;
        this.objectives = objectives;
    }

    /** Filters of the initiative list. */
    public record Filter(Long scorecardId, Long objectiveId) {
    }

    /**
     * Initiatives of the scorecards the actor may read. The scorecard module says which objectives those scorecards
     * hold (one query), so that this module reads only its own table.
     */
    public PageResponse<Initiative> list(Filter f, PageRequest page, Actor actor) {
        Visibility visible = objectives.inScorecards(narrowed(access.readableScorecards(actor), f.scorecardId()));
        if (visible.isNone()) {
            return new PageResponse<>(List.of(), page.page(), page.size(), 0);
        }
        return initiatives.list(f.objectiveId(), visible, page);
    }

    /** The readable scorecards, or only the given one if it is readable. */
    private static Visibility narrowed(Visibility readable, Long scorecardId) {
        if (scorecardId == null) {
            return readable;
        }
        return Visibility.only(readable.allows(scorecardId) ? List.of(scorecardId) : List.of());
    }

    public Initiative get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("initiative", id));
    }

    /** An initiative of a scorecard the actor may read. */
    public Initiative get(long id, Actor actor) {
        Initiative i = get(id);
        access.requireRead(actor, scorecardOf(i), "initiative", id);
        return i;
    }

    private long scorecardOf(Initiative i) {
        return objectives.get(i.objectiveId()).scorecardId();
    }

    public Optional<Initiative> find(long id) {
        return initiatives.find(id);
    }

    @Transactional
    public Initiative create(Initiative draft, Actor actor) {
        // Permission first, so that someone who may not change the scorecard learns nothing from validation.
        // An objective the actor may not read is answered by validation exactly like one that does not exist.
        objectives.find(draft.objectiveId()).filter(o -> access.mayRead(actor, o.scorecardId()))
                .ifPresent(o -> access.requireOwner(actor, o.scorecardId()));
        Initiative i = checked(draft, actor);
        Initiative created = get(initiatives.insert(i, clock.instant()));
        changeLog.record(ChangeLog.created("initiative", created.id(), created.snapshot()).in(scorecardOf(created)), actor);
        return created;
    }

    @Transactional
    public Initiative update(long id, Initiative draft, Actor actor) {
        Initiative current = get(id);
        access.requireOwner(actor, scorecardOf(current), "initiative", id);
        Initiative i = checked(draft, actor);
        access.requireOwner(actor, scorecardOf(i));
        if (!initiatives.update(id, i, draft.version(), clock.instant())) {
            throw ConflictException.staleVersion("initiative", id, draft.version(), current.version());
        }
        Initiative updated = get(id);
        changeLog.record(ChangeLog.updated("initiative", id, current.snapshot(), updated.snapshot()).in(scorecardOf(updated)), actor);
        return updated;
    }

    @Transactional
    public void delete(long id, Long version, Actor actor) {
        Initiative current = get(id);
        access.requireOwner(actor, scorecardOf(current), "initiative", id);
        ConflictException.requireVersion("initiative", id, version, current.version());
        initiatives.delete(id);
        changeLog.record(ChangeLog.deleted("initiative", id, current.snapshot()).in(scorecardOf(current)), actor);
    }

    @Override
    public List<String> activeUses(long objectiveId) {
        return initiatives.activeNames(objectiveId).stream().map(name -> "initiative '" + name + "'").toList();
    }

    @Override
    public boolean hasAnyUse(long objectiveId) {
        return initiatives.any(objectiveId);
    }

    private Initiative checked(Initiative i, Actor actor) {
        List<FieldProblem> problems = new ArrayList<>();
        objectives.find(i.objectiveId()).filter(o -> access.mayRead(actor, o.scorecardId())).ifPresentOrElse(o -> {
            if (o.retired()) {
                problems.add(new FieldProblem("objectiveId", "objective " + o.code() + " is retired"));
            }
        }, () -> problems.add(new FieldProblem("objectiveId", "there is no objective with id " + i.objectiveId())));
        Names.require(problems, "name", i.name(), 200);
        Names.limit(problems, "description", i.description(), 4000);
        Names.limit(problems, "owner", i.owner(), 200);
        if (i.start() != null && i.end() != null && i.end().isBefore(i.start())) {
            problems.add(new FieldProblem("end", "must not be before start (" + i.start() + ")"));
        }
        Decimals.check(problems, "budget", i.budget());
        if (i.budget() != null && i.budget().signum() < 0) {
            problems.add(new FieldProblem("budget", "must not be negative"));
        }
        BigDecimal pct = i.percentComplete() == null ? BigDecimal.ZERO : i.percentComplete();
        if (pct.signum() < 0 || pct.compareTo(HUNDRED) > 0) {
            problems.add(new FieldProblem("percentComplete", "must be between 0 and 100, was " + pct.toPlainString()));
        } else {
            Decimals.check(problems, "percentComplete", pct);
        }
        String status = i.status() == null ? "not-started" : i.status();
        if (!Initiative.STATUSES.contains(status)) {
            problems.add(new FieldProblem("status", "must be one of " + Initiative.STATUSES + ", was '" + status + "'"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Initiative(i.id(), i.objectiveId(), i.name().strip(), Names.clean(i.description()), Names.clean(i.owner()),
                i.start(), i.end(), i.budget(), pct, status, i.version());
    }

}
