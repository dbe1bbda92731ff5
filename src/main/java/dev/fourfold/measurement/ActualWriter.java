package dev.fourfold.measurement;

import dev.fourfold.audit.ChangeLog;
import dev.fourfold.kpi.PeriodValueRules;
import dev.fourfold.measurement.ActualService.Item;
import dev.fourfold.scorecard.ScorecardService;
import dev.fourfold.shared.Access;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.BatchResult.Outcome;
import dev.fourfold.shared.ConflictException;
import dev.fourfold.shared.ForbiddenException;
import dev.fourfold.shared.Names;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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

    ActualWriter(ActualRepository actuals, PeriodValueRules rules, ChangeLog changeLog, Access access,
                 ScorecardService scorecards) {
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
        Map<String, Boolean> allowed = new java.util.HashMap<>();
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
     * Writes one value. {@code pendingByScorecard} remembers, per scorecard of the batch, whether this actor's values
     * wait for approval there, so that a large batch asks once per scorecard.
     */
    Outcome write(PeriodValueRules.Resolved r, Item item, Actor actor, Instant now, Map<Long, Boolean> pendingByScorecard) {
        String period = r.period().key();
        String comment = Names.clean(item.comment());
        ActualState state = item.state() == null ? ActualState.APPROVED : ActualState.fromKey(item.state());
        long scorecardId = r.kpi().scorecardId();
        if (pendingByScorecard.computeIfAbsent(scorecardId,
                sc -> scorecards.get(sc).requiresApproval() && access.needsApproval(actor, sc))) {
            state = ActualState.PENDING;
        }
        Actual current = actuals.find(r.kpi().id(), period).orElse(null);
        if (current != null && current.value().compareTo(r.value()) == 0 && Objects.equals(current.comment(), comment)
                && current.state() == state) {
            return Outcome.UNCHANGED;
        }
        ActualRepository.Row row = new ActualRepository.Row(r.kpi().id(), period, r.periodStart(), r.value(), state,
                comment, actuals.lastRevision(r.kpi().id(), period) + 1);
        if (current == null) {
            actuals.insert(row, actor, now);
        } else {
            long version = item.version() != null ? item.version() : current.version();
            if (!actuals.update(current.id(), row, version, actor, now)) {
                throw ConflictException.changedMeanwhile("actual value", current.id(), item.version(), current.version());
            }
        }
        actuals.insertRevision(row, actor, now);
        Map<String, Object> after = Actual.snapshot(r.kpi().code(), period, r.value(), state, comment);
        long id = current != null ? current.id() : actuals.find(r.kpi().id(), period).orElseThrow().id();
        changeLog.record((current == null ? ChangeLog.created("actual", id, after)
                : ChangeLog.updated("actual", id, Actual.snapshot(current.kpiCode(), period, current.value(), current.state(),
                current.comment()), after)).in(r.kpi().scorecardId()), actor);
        return current == null ? Outcome.CREATED : Outcome.UPDATED;
    }
}
