package dev.fourfold.measurement;

import dev.fourfold.audit.ChangeLog;
import dev.fourfold.kpi.PeriodValueRules;
import dev.fourfold.measurement.ActualService.Item;
import dev.fourfold.scorecard.ScorecardService;
import dev.fourfold.shared.Access;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.BatchResult;
import dev.fourfold.shared.ConflictException;
import dev.fourfold.shared.ForbiddenException;
import dev.fourfold.shared.Names;
import dev.fourfold.shared.ValueKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;

/**
 * The steps every recording of values goes through, one value or a batch: resolving each item against its KPI,
 * checking that the actor may enter it in an open period, and writing it with its revision and change-log entry.
 */
final class ActualWriter {

    private final ActualRepository actuals;
    private final PeriodValueRules rules;
    private final ChangeLog changeLog;
    private final Access access;
    private final ScorecardService scorecards;
    private final ApplicationEventPublisher events;

    ActualWriter(ActualRepository actuals, PeriodValueRules rules, ChangeLog changeLog, Access access,
                 ScorecardService scorecards, ApplicationEventPublisher events) {
        this.events = events;
        this.actuals = actuals;
        this.rules = rules;
        this.changeLog = changeLog;
        this.access = access;
        this.scorecards = scorecards;
    }

    PeriodValueRules.Resolved resolve(PeriodValueRules.Batch batch, String path, Item item) {
        PeriodValueRules.Resolved r = batch.resolve(path, item.kpiId(), item.kpiCode(), item.period(), item.value(), true);
        if (r != null && r.kpi().isFormula()) {
            batch.problem(path, item.kpiId() != null ? "kpiId" : "kpiCode", "KPI " + r.kpi().code()
                    + " is calculated from its formula (" + r.kpi().formula() + "); enter values for its inputs instead");
            return null;
        }
        if (item.state() != null && !ActualState.isKey(item.state())) {
            batch.problem(path, "state", ActualState.problem(item.state()));
        }
        if (item.comment() != null && item.comment().strip().length() > 2000) {
            batch.problem(path, "comment", "is too long: at most 2000 characters");
        }
        return r;
    }

    /**
     * Checks that the actor may enter every value (scorecard owner, administrator, or the KPI's owner) and that no
     * value lies in a locked period.
     */
    void requireEntry(Actor actor, List<PeriodValueRules.Resolved> values) {
        Map<String, Boolean> allowed = new HashMap<>();
        for (PeriodValueRules.Resolved r : values) {
            long scorecardId = r.kpi().scorecardId();
            String owner = r.kpi().collection().owner();
            boolean may = allowed.computeIfAbsent(scorecardId + "/" + owner, key -> {
                access.requireRead(actor, scorecardId);
                return access.mayEnterValues(actor, scorecardId, owner);
            });
            if (!may) {
                throw new ForbiddenException("Only the owner of KPI " + r.kpi().code()
                        + (owner == null ? "" : " (" + owner + ")") + ", a scorecard owner or an administrator may enter its values.");
            }
        }
        rules.requireOpen(values);
    }

    /**
     * Writes the values set-based, after {@link #requireEntry} holds their scorecards: reads the stored values of the
     * batch in a few queries, works out in memory what is created, changed or left as it was, and writes the values,
     * their revisions and change-log entries in JDBC batches. A changed value whose version is no longer the one
     * expected (the item's, or the one just read) fails the whole batch with 409.
     */
    BatchResult write(List<PeriodValueRules.Resolved> resolved, List<Item> items, Actor actor, Instant now) {
        Plan plan = plan(resolved, items, actor);
        store(plan.changed(), actor, now);
        if (!plan.changed().isEmpty()) {
            events.publishEvent(ValuesRecorded.of(plan.changed(), Planned::recorded, actor.name(), actor.source().key(),
                    now));
        }
        return plan.counts();
    }

    /** Why a value would be refused: its period is locked, or the actor may not enter it. */
    record Refusal(boolean byPeriod, String message) {
    }

    /** What a batch would create, change or leave: the values to write, and how many are left as they are. */
    record Plan(List<Planned> changed, int unchanged) {

        BatchResult counts() {
            int created = (int) changed.stream().filter(p -> p.current() == null).count();
            return new BatchResult(created, changed.size() - created, unchanged);
        }
    }

    /** Reads the stored values of the batch in a few queries and works out in memory what the batch changes. */
    Plan plan(List<PeriodValueRules.Resolved> resolved, List<Item> items, Actor actor) {
        List<ValueKey> keys = resolved.stream().map(PeriodValueRules.Resolved::key).toList();
        Map<ValueKey, Actual> stored = actuals.current(keys);
        Map<Long, Boolean> pendingByScorecard = new HashMap<>();
        List<Planned> changed = new ArrayList<>();
        int unchanged = 0;
        for (int i = 0; i < resolved.size(); i++) {
            PeriodValueRules.Resolved r = resolved.get(i);
            Item item = items.get(i);
            ActualState state = item.state() == null ? ActualState.APPROVED : ActualState.fromKey(item.state());
            if (pendingByScorecard.computeIfAbsent(r.kpi().scorecardId(),
                    sc -> scorecards.get(sc).requiresApproval() && access.needsApproval(actor, sc))) {
                state = ActualState.PENDING;
            }
            Planned p = new Planned(r, item, stored.get(r.key()), state, Names.clean(item.comment()));
            if (p.unchanged()) {
                unchanged++;
            } else {
                changed.add(p);
            }
        }
        return new Plan(changed, unchanged);
    }

    /**
     * For a preview, what {@link #requireEntry} would refuse, value by value (null where nothing would): a value
     * the actor may not enter, or one in a locked period. Holds nothing.
     */
    List<@Nullable Refusal> entryRefusals(Actor actor, List<PeriodValueRules.Resolved> values) {
        Map<String, Boolean> allowed = new HashMap<>();
        List<@Nullable String> locked = rules.lockRefusals(values);
        List<@Nullable Refusal> refusals = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            PeriodValueRules.Resolved r = values.get(i);
            long scorecardId = r.kpi().scorecardId();
            String owner = r.kpi().collection().owner();
            boolean may = allowed.computeIfAbsent(scorecardId + "/" + owner,
                    key -> access.mayEnterValues(actor, scorecardId, owner));
            String lock = locked.get(i);
            refusals.add(!may ? new Refusal(false, "only the owner of KPI " + r.kpi().code() + (owner == null ? ""
                    : " (" + owner + ")") + ", a scorecard owner or an administrator may enter its values")
                    : lock == null ? null : new Refusal(true, lock));
        }
        return refusals;
    }

    /**
     * Writes the created values (numbered on from a deleted value's last revision, if any) and the changed ones
     * (one revision on from the stored one), and keeps each replaced version as a revision: the current version of a
     * value lives in its row only, so a new value costs one row and its change-log entry.
     */
    private void store(List<Planned> changed, Actor actor, Instant now) {
        if (changed.isEmpty()) {
            return;
        }
        List<ValueKey> createdKeys = changed.stream().filter(p -> p.current() == null).map(p -> p.r().key()).toList();
        Map<ValueKey, Integer> deletedBefore = createdKeys.isEmpty() ? Map.of() : actuals.lastRevisions(createdKeys);
        List<ActualRepository.Row> inserts = new ArrayList<>(createdKeys.size());
        List<ActualRepository.Change> updates = new ArrayList<>();
        List<ActualRevision> replaced = new ArrayList<>();
        for (Planned p : changed) {
            Actual current = p.current();
            if (current == null) {
                inserts.add(p.row(deletedBefore.getOrDefault(p.r().key(), 0) + 1));
            } else {
                long version = p.item().version() != null ? p.item().version() : current.version();
                updates.add(new ActualRepository.Change(current.id(), p.row(current.revision() + 1), version));
                replaced.add(current.asRevision());
            }
        }
        Map<ValueKey, Long> ids = actuals.insertAll(inserts, actor, now);
        List<Long> missed = actuals.updateAll(updates, actor, now);
        if (!missed.isEmpty()) {
            Planned p = changed.stream().filter(c -> c.current() != null && c.current().id() == missed.get(0))
                    .findFirst().orElseThrow();
            throw ConflictException.changedMeanwhile("actual value", p.current().id(), p.item().version(),
                    p.current().version());
        }
        actuals.insertRevisions(replaced);
        changeLog.recordAll(changed.stream().map(p -> p.change(ids)).toList(), actor, now);
    }

    /** A value of the batch with what it becomes, and the stored value it replaces (null for a new one). */
    private record Planned(PeriodValueRules.Resolved r, Item item, @Nullable Actual current, ActualState state,
                           @Nullable String comment) {

        boolean unchanged() {
            return current != null && current.value().compareTo(r.value()) == 0
                    && Objects.equals(current.comment(), comment) && current.state() == state;
        }

        ValuesRecorded.Value recorded() {
            return new ValuesRecorded.Value(r.kpi().scorecardId(), r.kpi().id(), r.kpi().code(), r.period().key(),
                    r.value(), state.key(), comment, current == null);
        }

        ActualRepository.Row row(int revision) {
            return new ActualRepository.Row(r.kpi().id(), r.period().key(), r.periodStart(), r.value(), state, comment,
                    revision);
        }

        ChangeLog.Change change(Map<ValueKey, Long> ids) {
            String period = r.period().key();
            Map<String, Object> after = Actual.snapshot(r.kpi().code(), period, r.value(), state, comment);
            ChangeLog.Change change = current == null ? ChangeLog.created("actual", ids.get(r.key()), after)
                    : ChangeLog.updated("actual", current.id(), Actual.snapshot(current.kpiCode(), period,
                    current.value(), current.state(), current.comment()), after);
            return change.in(r.kpi().scorecardId());
        }
    }
}
