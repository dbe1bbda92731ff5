package dev.fourfold.kpi;

import dev.fourfold.audit.ChangeLog;
import dev.fourfold.shared.Access;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.BatchResult;
import dev.fourfold.shared.ConflictException;
import dev.fourfold.shared.Names;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Targets per KPI and period, and alike the KPI's budgets and stretch targets (its {@link TargetSeries}); every change
 * is a new revision with its reason, and old revisions stay queryable.
 */
@Service
public class TargetService {

    private final TargetRepository targets;
    private final PeriodValueRules rules;
    private final ChangeLog changeLog;
    private final Clock clock;
    private final Access access;
    private final ScorecardChanges changes;
    private final TargetWriter writer;

    TargetService(TargetRepository targets, PeriodValueRules rules, ChangeLog changeLog, Clock clock, Access access,
                  ScorecardChanges changes, ApplicationEventPublisher events) {
        this.changes = changes;
        this.access = access;
        this.writer = new TargetWriter(targets, changeLog, events);
        this.targets = targets;
        this.rules = rules;
        this.changeLog = changeLog;
        this.clock = clock;
    }

    /** Filters of the target list; from and to are first days of periods; the series is one; the rest optional. */
    public record Filter(Long kpiId, Long scorecardId, LocalDate from, LocalDate to, TargetSeries series) {

        /** Targets of the {@code target} series. */
        public Filter(Long kpiId, Long scorecardId, LocalDate from, LocalDate to) {
            this(kpiId, scorecardId, from, to, TargetSeries.TARGET);
        }
    }

    /**
     * One target to record; the KPI by id or by code. {@code version}, when given, must match the current one.
     * {@code series} is {@code target} (when left out), {@code budget} or {@code stretch}.
     */
    public record Item(Long kpiId, String kpiCode, String period, BigDecimal value, String reason, Long version,
                       String series) {

        /** A target of the {@code target} series. */
        public Item(Long kpiId, String kpiCode, String period, BigDecimal value, String reason, Long version) {
            this(kpiId, kpiCode, period, value, reason, version, null);
        }
    }

    /** Targets of the scorecards the actor may read. */
    public PageResponse<Target> list(Filter filter, PageRequest page, Actor actor) {
        return targets.list(filter, access.readableScorecards(actor), page);
    }

    public List<Target> allOf(long kpiId) {
        return targets.allOf(kpiId);
    }

    /** The explicit targets of many KPIs, read at once (for evaluations). */
    public List<Target> allOf(java.util.Collection<Long> kpiIds) {
        return targets.allOf(kpiIds);
    }

    public Target get(long id) {
        return targets.find(id).orElseThrow(() -> new NotFoundException("target", id));
    }

    /** A target of a scorecard the actor may read. */
    public Target get(long id, Actor actor) {
        Target t = get(id);
        access.requireRead(actor, rules.scorecardOf(t.kpiId()), "target", id);
        return t;
    }

    public List<TargetRevision> revisions(long kpiId, String period, Actor actor) {
        return revisions(kpiId, TargetSeries.TARGET, period, actor);
    }

    /** Every version of a KPI's target, budget or stretch target for one period, oldest first. */
    public List<TargetRevision> revisions(long kpiId, TargetSeries series, String period, Actor actor) {
        access.requireRead(actor, rules.scorecardOf(kpiId), "KPI", kpiId);
        return targets.revisions(kpiId, series, period);
    }

    /** Sets a new target (or budget, or stretch target); refused with 409 if the KPI has one for the period already. */
    @Transactional
    public Target create(Item item, Actor actor) {
        PeriodValueRules.Batch batch = rules.batch(actor);
        PeriodValueRules.Resolved r = batch.resolve("", item.kpiId(), item.kpiCode(), item.period(), item.value(), true);
        TargetSeries series = series(batch, "", item.series());
        checkReason(batch, "", item.reason());
        batch.throwIfInvalid();
        access.requireOwner(actor, r.kpi().scorecardId());
        rules.requireOpen(r);
        changes.changed(r.kpi().scorecardId());
        targets.find(r.kpi().id(), series, r.period().key()).ifPresent(existing -> {
            throw new ConflictException("duplicate", "KPI " + r.kpi().code() + " has a " + series.noun() + " for "
                    + r.period().key() + " already (id " + existing.id() + ", version " + existing.version()
                    + "); change it with PUT /api/v1/targets/" + existing.id());
        });
        writer.write(List.of(new TargetWriter.Item(series, r, Names.clean(item.reason()), null)), actor, clock.instant());
        return targets.find(r.kpi().id(), series, r.period().key()).orElseThrow();
    }

    /** Revises a target, with a reason; the version must be the one last read. */
    @Transactional
    public Target update(long id, BigDecimal value, String reason, long version, Actor actor) {
        Target current = get(id);
        access.requireOwner(actor, rules.scorecardOf(current.kpiId()), "target", id);
        Item item = new Item(current.kpiId(), null, current.period(), value, reason, version);
        PeriodValueRules.Batch batch = rules.batch(actor);
        PeriodValueRules.Resolved r = batch.resolve("", item.kpiId(), null, item.period(), value, true);
        checkReason(batch, "", reason);
        batch.throwIfInvalid();
        rules.requireOpen(r);
        changes.changed(r.kpi().scorecardId());
        writer.write(List.of(new TargetWriter.Item(TargetSeries.of(current.series()), r, Names.clean(reason), version)),
                actor, clock.instant());
        return get(id);
    }

    @Transactional
    public void delete(long id, Long version, String reason, Actor actor) {
        Target current = get(id);
        long scorecardId = rules.scorecardOf(current.kpiId());
        access.requireOwner(actor, scorecardId, "target", id);
        rules.requireOpen(scorecardId, current.kpiCode(), current.period());
        ConflictException.requireVersion("target", id, version, current.version());
        changes.changed(scorecardId);
        Instant now = clock.instant();
        TargetSeries series = TargetSeries.of(current.series());
        targets.delete(id);
        targets.insertRevisions(List.of(new TargetRepository.Row(current.kpiId(), series, current.period(), null, null,
                Names.clean(reason), targets.lastRevision(current.kpiId(), series, current.period()) + 1)), actor, now);
        changeLog.record(ChangeLog.deleted("target", id, TargetWriter.snapshot(series, current.kpiCode(),
                current.period(), current.value(), current.reason())).in(scorecardId), actor);
    }

    /**
     * Records many targets in one transaction: all or nothing. Every rejected item is reported with its index and
     * field, and then nothing is written. The checks run once per batch and the targets are written set-based.
     */
    @Transactional
    public BatchResult recordAll(List<Item> items, Actor actor) {
        PeriodValueRules.Batch batch = rules.batch(actor);
        List<TargetSeries> series = new ArrayList<>(items.size());
        List<PeriodValueRules.Resolved> resolved = batch.resolveEach(items, (path, item) -> {
            PeriodValueRules.Resolved r = batch.resolve(path, item.kpiId(), item.kpiCode(), item.period(), item.value(), true);
            TargetSeries s = series(batch, path, item.series());
            series.add(s);
            checkReason(batch, path, item.reason());
            if (s != null) {
                batch.checkInBatch(path, r, item.version(), s.key());
            }
            return r;
        });
        batch.checkVersions("target", (key, keys) -> {
            Map<ValueKey, Long> versions = new HashMap<>();
            targets.current(keys, TargetSeries.of(key)).forEach((k, target) -> versions.put(k, target.version()));
            return versions;
        });
        batch.throwIfInvalid();
        resolved.stream().map(r -> r.kpi().scorecardId()).distinct().forEach(sc -> access.requireOwner(actor, sc));
        rules.requireOpen(resolved);
        changes.changed(resolved.stream().map(r -> r.kpi().scorecardId()).toList());
        List<TargetWriter.Item> writes = new ArrayList<>(items.size());
        for (int i = 0; i < resolved.size(); i++) {
            writes.add(new TargetWriter.Item(series.get(i), resolved.get(i), Names.clean(items.get(i).reason()), null));
        }
        return writer.write(writes, actor, clock.instant());
    }

    /** The item's series, or null after recording the problem of an unknown one. */
    private static TargetSeries series(PeriodValueRules.Batch batch, String path, String key) {
        try {
            return TargetSeries.of(key);
        } catch (IllegalArgumentException e) {
            batch.problem(path, "series", e.getMessage());
            return null;
        }
    }

    private static void checkReason(PeriodValueRules.Batch batch, String path, String reason) {
        if (reason != null && reason.strip().length() > 1000) {
            batch.problem(path, "reason", "is too long: at most 1000 characters");
        }
    }
}
