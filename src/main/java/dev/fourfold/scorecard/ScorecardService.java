package dev.fourfold.scorecard;

import dev.fourfold.audit.ChangeLog;
import dev.fourfold.scoring.Vocabulary;
import dev.fourfold.shared.Access;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.ConflictException;
import dev.fourfold.shared.DefinitionsChanged;
import dev.fourfold.shared.FieldProblem;
import dev.fourfold.shared.InvalidInputException;
import dev.fourfold.shared.Names;
import dev.fourfold.shared.NotFoundException;
import dev.fourfold.shared.PageRequest;
import dev.fourfold.shared.PageResponse;
import dev.fourfold.shared.ScorecardChanges;
import dev.fourfold.shared.Visibility;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Scorecards: creating one also creates the four default perspectives. */
@Service
public class ScorecardService {

    private final ScorecardRepository scorecards;
    private final ChangeLog changeLog;
    private final Clock clock;
    private final UnitService units;
    private final OrganisationService organisation;
    private final PerspectiveService perspectives;
    private final Access access;
    private final ApplicationEventPublisher events;
    private final ScorecardChanges changes;

    ScorecardService(ScorecardRepository scorecards, ChangeLog changeLog, Clock clock, UnitService units,
                     OrganisationService organisation, PerspectiveService perspectives, Access access,
                     ScorecardChanges changes, ApplicationEventPublisher events) {
        this.events = events;
        this.changes = changes;
        this.access = access;
        this.scorecards = scorecards;
        this.changeLog = changeLog;
        this.clock = clock;
        this.units = units;
        this.organisation = organisation;
        this.perspectives = perspectives;
    }

    /** The scorecards the actor may read, optionally of one unit. */
    public PageResponse<Scorecard> list(Long unitId, PageRequest page, Actor actor) {
        Visibility readable = access.readableScorecards(actor);
        if (readable.isNone()) {
            return new PageResponse<>(List.of(), page.page(), page.size(), 0);
        }
        return scorecards.list(unitId, readable, page);
    }

    public Scorecard get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("scorecard", id));
    }

    /** A scorecard the actor may read. */
    public Scorecard get(long id, Actor actor) {
        Scorecard s = get(id);
        access.requireRead(actor, id);
        return s;
    }

    public Optional<Scorecard> find(long id) {
        return scorecards.find(id);
    }

    public Optional<Scorecard> findByUnitAndName(long unitId, String name) {
        return scorecards.findByUnitAndName(unitId, name);
    }

    /**
     * Holds the scorecard's row until the surrounding transaction ends ({@code select … for update}): whoever takes
     * the same hold waits, so that locking a period and every write into the scorecard's periods run one after the
     * other. A writer that waits longer than the database allows gets a lock-timeout error. A scorecard that does
     * not exist holds nothing.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void hold(long id) {
        scorecards.hold(id);
    }

    /** The scorecard of that unit and name if the actor may read it; one they may not read is as absent as none. */
    public Optional<Scorecard> findByUnitAndName(long unitId, String name, Actor actor) {
        return findByUnitAndName(unitId, name).filter(s -> access.mayRead(actor, s.id()));
    }

    /**
     * Creates a scorecard with the four default perspectives. Method, missing policy and roll-up left null take
     * the defaults; bands left null mean the scale's default bands (percent 80/100, ten exactly 10/3 and 20/3).
     */
    @Transactional
    public Scorecard create(Scorecard draft, Actor actor) {
        // A unit the actor may not see is answered by validation exactly like one that does not exist.
        boolean visible = visibleUnit(draft.unitId(), actor);
        if (visible) {
            access.requireUnitOwner(actor, draft.unitId());
        }
        Scorecard s = withDefaults(draft);
        validate(null, s, visible, actor);
        Scorecard created = get(scorecards.insert(s, clock.instant()));
        changes.changed(created.id());
        changeLog.record(ChangeLog.created("scorecard", created.id(), created.snapshot()).in(created.id()), actor);
        for (String name : Perspective.DEFAULTS) {
            perspectives.create(created.id(), name, null, BigDecimal.ONE, "weighted-average", actor);
        }
        return created;
    }

    @Transactional
    public Scorecard update(long id, Scorecard draft, Actor actor) {
        Scorecard current = get(id);
        access.requireOwner(actor, id);
        boolean visible = draft.unitId() == current.unitId() || visibleUnit(draft.unitId(), actor);
        if (draft.unitId() != current.unitId() && visible) {
            access.requireUnitOwner(actor, draft.unitId());
        }
        Scorecard s = withDefaults(draft);
        validate(id, s, visible, actor);
        changes.changed(id);
        if (s.unitId() != current.unitId()) {
            changes.sharingChanged();
        }
        if (!scorecards.update(id, s, draft.version(), clock.instant())) {
            throw ConflictException.staleVersion("scorecard", id, draft.version(), current.version());
        }
        Scorecard updated = get(id);
        changeLog.record(ChangeLog.updated("scorecard", id, current.snapshot(), updated.snapshot()).in(id), actor);
        events.publishEvent(new DefinitionsChanged(id, clock.instant()));
        return updated;
    }

    /** Deletes a scorecard whose perspectives hold no objectives (its perspectives go with it). */
    @Transactional
    public void delete(long id, Long version, Actor actor) {
        Scorecard current = get(id);
        access.requireOwner(actor, id);
        ConflictException.requireVersion("scorecard", id, version, current.version());
        List<String> refs = scorecards.objectivesOf(id).stream()
                .map(o -> "objective " + o.getKey() + (o.getValue() ? " (retired)" : "")).toList();
        if (!refs.isEmpty()) {
            throw ConflictException.referenced("Scorecard '" + current.name() + "'", refs);
        }
        for (Perspective p : perspectives.listOf(id)) {
            perspectives.delete(p.id(), null, actor);
        }
        changes.changed(id);
        changes.sharingChanged();
        scorecards.delete(id);
        changeLog.record(ChangeLog.deleted("scorecard", id, current.snapshot()).in(id), actor);
    }

    private Scorecard withDefaults(Scorecard s) {
        return new Scorecard(s.id(), s.unitId(), s.name(), Names.clean(s.vision()),
                s.method() == null ? Vocabulary.defaultMethod(organisation.get().scale()) : s.method(),
                s.bandAmber(), s.bandGreen(), s.bandBlue(), s.capLow(), s.capHigh(),
                s.missing() == null ? "ignore" : s.missing(),
                s.rollup() == null ? "weighted-average" : s.rollup(), s.requiresApproval(), s.version());
    }

    private boolean visibleUnit(long unitId, Actor actor) {
        Visibility readable = access.readableUnits(actor);
        return units.find(unitId).isPresent() && (readable.allows(unitId));
    }

    private void validate(Long id, Scorecard s, boolean visibleUnit, Actor actor) {
        List<FieldProblem> problems = new ArrayList<>();
        Names.require(problems, "name", s.name(), 200);
        Names.limit(problems, "vision", s.vision(), 2000);
        if (!visibleUnit || units.find(s.unitId()).isEmpty()) {
            problems.add(new FieldProblem("unitId", "there is no unit with id " + s.unitId()));
        } else if (s.name() != null && !s.name().isBlank()) {
            findByUnitAndName(s.unitId(), s.name()).filter(o -> id == null || o.id() != id).ifPresent(o ->
                    problems.add(new FieldProblem("name", "the unit has a scorecard named '" + o.name() + "' already"
                            + (access.mayRead(actor, o.id()) ? " (id " + o.id() + ")" : ""))));
        }
        String scale = organisation.get().scale();
        Vocabulary.checkMethod(problems, "method", s.method(), scale);
        Vocabulary.checkBands(problems, s.bandAmber(), s.bandGreen(), s.bandBlue());
        Vocabulary.checkCap(problems, s.capLow(), s.capHigh());
        Vocabulary.checkMissing(problems, "missing", s.missing());
        Vocabulary.checkRollup(problems, "rollup", s.rollup());
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
