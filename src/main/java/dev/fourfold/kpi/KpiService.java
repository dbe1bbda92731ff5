package dev.fourfold.kpi;

import dev.fourfold.audit.ChangeLog;
import dev.fourfold.scorecard.ObjectiveService;
import dev.fourfold.scorecard.ObjectiveUsage;
import dev.fourfold.scoring.Formula;
import dev.fourfold.shared.Access;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.ConflictException;
import dev.fourfold.shared.DefinitionsChanged;
import dev.fourfold.shared.InvalidInputException;
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
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * KPI definitions. A KPI with data (targets or actual values) is retired instead of deleted; a KPI read by another
 * KPI's formula cannot be removed at all until that formula changes.
 */
@Service
public class KpiService implements ObjectiveUsage {

    private final KpiRepository kpis;
    private final KpiRules rules;
    private final ChangeLog changeLog;
    private final Clock clock;
    private final List<KpiUsage> usages;
    private final TargetRepository targets;
    private final Access access;
    private final ObjectiveService objectives;
    private final ApplicationEventPublisher events;
    private final ScorecardChanges changes;

    KpiService(KpiRepository kpis, KpiRules rules, ChangeLog changeLog, Clock clock, List<KpiUsage> usages,
               TargetRepository targets, Access access, ObjectiveService objectives, ScorecardChanges changes,
               ApplicationEventPublisher events) {
        this.events = events;
        this.changes = changes;
        this.access = access;
        this.objectives = objectives;
        this.kpis = kpis;
        this.rules = rules;
        this.changeLog = changeLog;
        this.clock = clock;
        this.usages = usages;
        this.targets = targets;
    }

    /**
     * Filters of the KPI list; every part is optional. The list holds only KPIs the actor may read.
     */
    public record Filter(Long unitId, Long scorecardId, Long perspectiveId, Long objectiveId, boolean includeRetired) {
    }

    /** KPIs of the scorecards the actor may read. */
    public PageResponse<Kpi> list(Filter filter, PageRequest page, Actor actor) {
        return kpis.list(filter, access.readableScorecards(actor), page);
    }

    /** Every active KPI of a scorecard, in perspective, objective and KPI order. */
    public List<Kpi> activeOfScorecard(long scorecardId) {
        return kpis.activeOfScorecard(scorecardId);
    }

    public Kpi get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("KPI", id));
    }

    /** A KPI of a scorecard the actor may read. */
    public Kpi get(long id, Actor actor) {
        Kpi k = get(id);
        access.requireRead(actor, k.scorecardId(), "KPI", id);
        return k;
    }

    public Optional<Kpi> find(long id) {
        return kpis.find(id);
    }

    public Optional<Kpi> findByCode(String code) {
        return kpis.findByCode(code);
    }

    /** KPIs by code (case-insensitive); unknown codes are left out. */
    public List<Kpi> findByCodes(Set<String> codes) {
        return kpis.findByCodes(codes);
    }

    /** Creates a KPI from a draft, completed with the defaults of {@link KpiDraft#complete()}. */
    @Transactional
    public Kpi create(KpiDraft draft, Actor actor) {
        Kpi created = insert(draft, rules.lookups(actor), k -> changes.changed(k.scorecardId()));
        changeLog.record(created(created), actor);
        return created;
    }

    /**
     * Starts creating many KPIs in the running transaction, each checked and inserted as {@link #create} does, with
     * their change-log entries and scorecard versions written once at the end ({@link KpiCreation#finish()}).
     */
    public KpiCreation creating(Actor actor) {
        KpiLookups lookups = rules.lookups(actor);
        return new KpiCreation(draft -> insert(draft, lookups, k -> { }), KpiService::created,
                (logged, scorecards) -> {
                    changes.changed(scorecards);
                    changeLog.recordAll(logged, actor);
                });
    }

    /**
     * Checks the draft and inserts the KPI, with the author's reads kept in {@code lookups}; {@code beforeInsert} is
     * given the checked KPI.
     */
    private Kpi insert(KpiDraft draft, KpiLookups lookups, Consumer<Kpi> beforeInsert) {
        // Permission first, so that someone who may not change the scorecard learns nothing from validation.
        // An objective the actor may not read is answered by validation exactly like one that does not exist.
        Optional.ofNullable(draft.objectiveId()).flatMap(lookups::objective)
                .ifPresent(o -> lookups.requireOwnerOfReadable(o.scorecardId()));
        Kpi k = rules.checked(null, draft, lookups);
        if (k.position() <= 0) {
            k = k.withPosition(kpis.nextPosition(k.objectiveId()));
        }
        beforeInsert.accept(k);
        long id = kpis.insert(k, clock.instant());
        if (k.isFormula()) {
            writeInputs(id, k); // a new KPI has no inputs to replace otherwise
        }
        return get(id);
    }

    private static ChangeLog.Change created(Kpi created) {
        return ChangeLog.created("kpi", created.id(), created.snapshot()).in(created.scorecardId());
    }

    /** Replaces a KPI's definition with a draft at the version the author last read, completed with the defaults. */
    @Transactional
    public Kpi update(long id, KpiDraft draft, Actor actor) {
        Kpi current = get(id);
        access.requireOwner(actor, current.scorecardId(), "KPI", id);
        Kpi k = rules.checked(id, draft, actor);
        if (k.scorecardId() != current.scorecardId()) {
            access.requireOwner(actor, k.scorecardId());
        }
        if (k.position() <= 0) {
            k = k.withPosition(current.objectiveId() == k.objectiveId() ? current.position()
                    : kpis.nextPosition(k.objectiveId()));
        }
        String was = current.collection().frequency().key();
        if (k.collection().frequency() != current.collection().frequency() && hasData(id)) {
            throw new InvalidInputException("frequency", "cannot change from " + was + " to "
                    + k.collection().frequency().key() + " while the KPI has values or targets: their periods are "
                    + was);
        }
        if (k.isFormula() && usages.stream().anyMatch(u -> u.hasData(id))) {
            throw new InvalidInputException("formula", "the KPI has entered actual values; a calculated KPI has none. "
                    + "Create a new KPI for the formula, or delete the values first");
        }
        changes.changed(List.of(current.scorecardId(), k.scorecardId()));
        if (!kpis.update(id, k, k.version(), clock.instant())) {
            throw ConflictException.staleVersion("KPI", current.code(), k.version(), current.version());
        }
        writeInputs(id, k);
        Kpi updated = get(id);
        changeLog.record(ChangeLog.updated("kpi", id, current.snapshot(), updated.snapshot()).in(updated.scorecardId()), actor);
        List.of(current.scorecardId(), updated.scorecardId()).stream().distinct()
                .forEach(sc -> events.publishEvent(new DefinitionsChanged(sc, clock.instant())));
        return updated;
    }

    /** What happened to a KPI asked to be deleted. */
    public enum Removal { DELETED, RETIRED }

    /** Deletes a KPI without data, or retires one with data; refused while another formula reads it. */
    @Transactional
    public Removal delete(long id, Long version, Actor actor) {
        Kpi current = get(id);
        access.requireOwner(actor, current.scorecardId(), "KPI", id);
        ConflictException.requireVersion("KPI", current.code(), version, current.version());
        List<Map.Entry<String, Long>> readers = kpis.formulaReaders(id);
        if (!readers.isEmpty()) {
            Visibility readable = access.readableScorecards(actor);
            List<String> named = readers.stream().filter(r -> readable.allows(r.getValue()))
                    .map(r -> "the formula of KPI " + r.getKey()).collect(java.util.stream.Collectors.toCollection(ArrayList::new));
            long hidden = readers.size() - named.size();
            if (hidden > 0) {
                named.add("the formula of " + (hidden == 1 ? "a KPI" : hidden + " KPIs") + " on a scorecard you cannot read");
            }
            throw ConflictException.referenced("KPI " + current.code(), named);
        }
        changes.changed(current.scorecardId());
        if (hasData(id)) {
            if (!current.retired()) {
                kpis.setRetired(id, true, clock.instant());
                changeLog.record(ChangeLog.action("kpi", id, "retire").in(current.scorecardId()), actor);
            }
            return Removal.RETIRED;
        }
        kpis.delete(id);
        changeLog.record(ChangeLog.deleted("kpi", id, current.snapshot()).in(current.scorecardId()), actor);
        return Removal.DELETED;
    }

    /** Brings a retired KPI back, provided its code is still free and its objective is active. */
    @Transactional
    public Kpi restore(long id, Actor actor) {
        Kpi current = get(id);
        access.requireOwner(actor, current.scorecardId(), "KPI", id);
        if (!current.retired()) {
            return current;
        }
        rules.checkRestorable(id, current, actor);
        changes.changed(current.scorecardId());
        kpis.setRetired(id, false, clock.instant());
        changeLog.record(ChangeLog.action("kpi", id, "restore").in(current.scorecardId()), actor);
        return get(id);
    }

    /** Whether the KPI has targets or data recorded by another module. */
    public boolean hasData(long id) {
        return targets.countForKpi(id) > 0 || usages.stream().anyMatch(u -> u.hasData(id));
    }

    @Override
    public List<String> activeUses(long objectiveId) {
        return kpis.activeCodesOfObjective(objectiveId).stream().map(code -> "KPI " + code).toList();
    }

    @Override
    public boolean hasAnyUse(long objectiveId) {
        return kpis.objectiveHasAny(objectiveId);
    }

    private void writeInputs(long id, Kpi k) {
        if (!(k.isFormula() && Formula.parse(k.formula()) instanceof Formula f)) {
            kpis.replaceInputs(id, List.of(), List.of());
            return;
        }
        List<Long> inputs = kpis.findByCodes(f.references()).stream().map(Kpi::id).toList();
        List<Long> lagged = kpis.findByCodes(f.laggedReferences()).stream().map(Kpi::id).toList();
        kpis.replaceInputs(id, inputs, lagged);
    }
}
