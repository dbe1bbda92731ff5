package dev.fourfold.measurement;

import dev.fourfold.audit.ChangeLog;
import dev.fourfold.kpi.KpiUsage;
import dev.fourfold.kpi.PeriodValueRules;
import dev.fourfold.scorecard.ScorecardService;
import dev.fourfold.shared.Access;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.BatchResult;
import dev.fourfold.shared.ConflictException;
import dev.fourfold.shared.FieldProblem;
import dev.fourfold.shared.InvalidInputException;
import dev.fourfold.shared.NotFoundException;
import dev.fourfold.shared.PageRequest;
import dev.fourfold.shared.PageResponse;
import dev.fourfold.shared.ScorecardChanges;
import dev.fourfold.shared.ValueKey;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records actual values. Values are entered for KPIs that are collected (a calculated KPI gets its values from its
 * formula); each change is kept as a revision and written to the change log.
 */
@Service
public class ActualService implements KpiUsage {

    private final ActualRepository actuals;
    private final PeriodValueRules rules;
    private final ChangeLog changeLog;
    private final Clock clock;
    private final Access access;
    private final ActualWriter writer;
    private final ScorecardChanges changes;
    private final ApplicationEventPublisher events;

    ActualService(ActualRepository actuals, PeriodValueRules rules, ChangeLog changeLog, Clock clock, Access access,
                  ScorecardService scorecards, ScorecardChanges changes, ApplicationEventPublisher events) {
        this.changes = changes;
        this.events = events;
        this.access = access;
        this.writer = new ActualWriter(actuals, rules, changeLog, access, scorecards, events);
        this.actuals = actuals;
        this.rules = rules;
        this.changeLog = changeLog;
        this.clock = clock;
    }

    /**
     * Filters of the actual-value list; from and to are first days of periods; {@code state} a state's key as a
     * client sent it (checked by {@link #list}).
     */
    public record Filter(Long kpiId, Long scorecardId, String state, LocalDate from, LocalDate to) {
    }

    /**
     * One value to record; the KPI by id or by code. {@code state} defaults to approved; {@code version}, when given,
     * must match the current value's.
     */
    public record Item(Long kpiId, String kpiCode, String period, BigDecimal value, String comment, String state, Long version) {
    }

    /** Values of the scorecards the actor may read. */
    public PageResponse<Actual> list(Filter filter, PageRequest page, Actor actor) {
        if (filter.state() != null && !ActualState.isKey(filter.state())) {
            throw new InvalidInputException("state", ActualState.problem(filter.state()));
        }
        return actuals.list(filter, access.readableScorecards(actor), page);
    }

    public Actual get(long id) {
        return actuals.find(id).orElseThrow(() -> new NotFoundException("actual value", id));
    }

    /** A value of a scorecard the actor may read. */
    public Actual get(long id, Actor actor) {
        Actual a = get(id);
        access.requireRead(actor, rules.scorecardOf(a.kpiId()), "actual value", id);
        return a;
    }

    /** Every value of the given KPIs, in any state, in period order. */
    public List<Actual> allOf(Collection<Long> kpiIds) {
        return actuals.allOf(kpiIds);
    }

    public List<ActualRevision> history(long id, Actor actor) {
        Actual a = get(id, actor);
        return actuals.revisions(a.kpiId(), a.period());
    }

    @Override
    public boolean hasData(long kpiId) {
        return actuals.any(kpiId);
    }

    /** Records a new value; refused with 409 if the KPI has one for the period already. */
    @Transactional
    public Actual create(Item item, Actor actor) {
        PeriodValueRules.Batch batch = rules.batch(actor);
        PeriodValueRules.Resolved r = writer.resolve(batch, "", item);
        batch.throwIfInvalid();
        writer.requireEntry(actor, List.of(r));
        changes.changed(r.kpi().scorecardId());
        actuals.find(r.kpi().id(), r.period().key()).ifPresent(existing -> {
            throw new ConflictException("duplicate", "KPI " + r.kpi().code() + " has a value for " + r.period().key()
                    + " already (id " + existing.id() + ", version " + existing.version() + "); change it with PUT /api/v1/actuals/" + existing.id());
        });
        writer.write(List.of(r), List.of(item), actor, clock.instant());
        return actuals.find(r.kpi().id(), r.period().key()).orElseThrow();
    }

    /** Changes a value; the version must be the one last read. */
    @Transactional
    public Actual update(long id, BigDecimal value, String comment, String state, long version, Actor actor) {
        Actual current = get(id, actor);
        Item item = new Item(current.kpiId(), null, current.period(), value, comment, state, version);
        PeriodValueRules.Batch batch = rules.batch(actor);
        PeriodValueRules.Resolved r = writer.resolve(batch, "", item);
        batch.throwIfInvalid();
        writer.requireEntry(actor, List.of(r));
        changes.changed(r.kpi().scorecardId());
        writer.write(List.of(r), List.of(item), actor, clock.instant());
        return get(id);
    }

    @Transactional
    public void delete(long id, Long version, Actor actor) {
        Actual current = get(id, actor);
        long scorecardId = rules.scorecardOf(current.kpiId());
        access.requireOwner(actor, scorecardId);
        rules.requireOpen(scorecardId, current.kpiCode(), current.period());
        ConflictException.requireVersion("actual value", id, version, current.version());
        changes.changed(scorecardId);
        Instant now = clock.instant();
        actuals.delete(id);
        actuals.insertRevisions(List.of(current.asRevision(), new ActualRevision(current.kpiId(), current.period(),
                current.revision() + 1, null, null, null, actor.source().key(), actor.name(), now)));
        changeLog.record(ChangeLog.deleted("actual", id, Actual.snapshot(current.kpiCode(), current.period(), current.value(),
                current.state(), current.comment())).in(scorecardId), actor);
        events.publishEvent(new ValueDeleted(scorecardId, current.kpiId(), current.kpiCode(), current.period(),
                current.value(), actor.name(), actor.source().key(), now));
    }

    /**
     * Records many values in one transaction: all or nothing. Every rejected item is reported with its index and
     * field, and then nothing is written. The checks run once per batch (one query for the versions the items
     * expect, one permission and lock check per scorecard), and the values are written set-based.
     */
    @Transactional
    public BatchResult recordAll(List<Item> items, Actor actor) {
        return recordAll(items, actor, clock.instant());
    }

    /**
     * As {@link #recordAll(List, Actor)}, with the values, their revisions and change-log entries stamped with the
     * given time: a large batch written in parts (an import's chunks) keeps one time, which finds its changes.
     */
    @Transactional
    public BatchResult recordAll(List<Item> items, Actor actor, Instant at) {
        PeriodValueRules.Batch batch = rules.batch(actor);
        List<PeriodValueRules.Resolved> resolved = resolveAll(batch, items);
        batch.throwIfInvalid();
        writer.requireEntry(actor, resolved);
        changes.changed(resolved.stream().map(r -> r.kpi().scorecardId()).toList());
        return writer.write(resolved, items, actor, at);
    }

    /**
     * What {@link #recordAll} would do with the items, without writing anything: every refused item with its index
     * and field, and for the items that are not refused how many values they would create, change or leave as they
     * are. Refuses as {@code recordAll} does when the actor may not enter a value or its period is locked.
     *
     * @param resolved each item's KPI and period, in the order of the items; null for an item that was refused
     */
    public record Check(BatchResult counts, List<FieldProblem> problems, List<PeriodValueRules.@Nullable Resolved> resolved) {
    }

    /** See {@link Check}; reads only, in the caller's transaction or a read-only one of its own. */
    @Transactional(readOnly = true)
    public Check check(List<Item> items, Actor actor) {
        PeriodValueRules.Batch batch = rules.batch(actor);
        List<PeriodValueRules.Resolved> resolved = resolveAll(batch, items);
        List<FieldProblem> problems = batch.problems();
        List<Item> kept = new ArrayList<>(items.size());
        List<PeriodValueRules.Resolved> valid = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            if (resolved.get(i) != null) {
                kept.add(items.get(i));
                valid.add(resolved.get(i));
            }
        }
        List<FieldProblem> all = new ArrayList<>(problems);
        List<ActualWriter.@Nullable Refusal> refusals = writer.entryRefusals(actor, valid);
        List<PeriodValueRules.Resolved> allowed = new ArrayList<>(valid.size());
        List<Item> allowedItems = new ArrayList<>(valid.size());
        for (int i = 0, v = 0; i < items.size(); i++) {
            if (resolved.get(i) == null) {
                continue;
            }
            ActualWriter.Refusal refusal = refusals.get(v);
            if (refusal == null) {
                allowed.add(valid.get(v));
                allowedItems.add(kept.get(v));
            } else {
                String field = refusal.byPeriod() ? "period" : items.get(i).kpiId() != null ? "kpiId" : "kpiCode";
                all.add(new FieldProblem("items[" + i + "]." + field, refusal.message()));
            }
            v++;
        }
        BatchResult counts = writer.plan(allowed, allowedItems, actor).counts();
        return new Check(counts, all, java.util.Collections.unmodifiableList(resolved));
    }

    /**
     * The middle half of each KPI's stored values (lower and upper quartile, interpolated), for the KPIs with at least
     * {@code least} values: what a value far outside a KPI's history is told by.
     */
    @Transactional(readOnly = true)
    public Map<Long, Spread> spreads(Collection<Long> kpiIds, int least) {
        return kpiIds.isEmpty() ? Map.of() : actuals.spreads(kpiIds, least);
    }

    private List<PeriodValueRules.Resolved> resolveAll(PeriodValueRules.Batch batch, List<Item> items) {
        List<PeriodValueRules.Resolved> resolved = batch.resolveEach(items, (path, item) -> {
            PeriodValueRules.Resolved r = writer.resolve(batch, path, item);
            batch.checkInBatch(path, r, item.version());
            return r;
        });
        batch.checkVersions("value", keys -> versions(actuals.current(keys)));
        return resolved;
    }

    private static Map<ValueKey, Long> versions(Map<ValueKey, Actual> stored) {
        Map<ValueKey, Long> versions = new HashMap<>();
        stored.forEach((key, actual) -> versions.put(key, actual.version()));
        return versions;
    }
}
