package dev.fourfold.measurement;

import dev.fourfold.audit.ChangeLog;
import dev.fourfold.kpi.PeriodValueRules;
import dev.fourfold.shared.Access;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.ConflictException;
import dev.fourfold.shared.Names;
import dev.fourfold.shared.ScorecardChanges;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The approval workflow: values entered by KPI owners on a scorecard that requires approval wait as
 * {@code pending} until a scorecard owner approves or rejects them.
 */
@Service
public class ActualReviews {

    private final ActualRepository actuals;
    private final ActualService values;
    private final PeriodValueRules rules;
    private final Access access;
    private final ChangeLog changeLog;
    private final Clock clock;
    private final ScorecardChanges changes;
    private final ApplicationEventPublisher events;

    ActualReviews(ActualRepository actuals, ActualService values, PeriodValueRules rules, Access access,
                  ChangeLog changeLog, Clock clock, ScorecardChanges changes, ApplicationEventPublisher events) {
        this.events = events;
        this.changes = changes;
        this.actuals = actuals;
        this.values = values;
        this.rules = rules;
        this.access = access;
        this.changeLog = changeLog;
        this.clock = clock;
    }

    /**
     * Approves a pending value (or rejects it); scorecard owners and administrators only. Only approved values
     * count in scores.
     */
    @Transactional
    public Actual review(long id, boolean approve, String comment, Actor actor) {
        Actual current = values.get(id, actor);
        long scorecardId = rules.scorecardOf(current.kpiId());
        access.requireOwner(actor, scorecardId);
        rules.requireOpen(scorecardId, current.kpiCode(), current.period());
        ActualState state = approve ? ActualState.APPROVED : ActualState.REJECTED;
        if (current.state() == state) {
            return current;
        }
        changes.changed(scorecardId);
        Instant now = clock.instant();
        String note = Names.clean(comment) == null ? current.comment() : Names.clean(comment);
        ActualRepository.Row row = new ActualRepository.Row(current.kpiId(), current.period(), null, current.value(), state,
                note, current.revision() + 1);
        if (!actuals.updateAll(List.of(new ActualRepository.Change(id, row, current.version())), actor, now).isEmpty()) {
            throw ConflictException.staleVersion("actual value", id, current.version(), values.get(id).version());
        }
        actuals.insertRevisions(List.of(current.asRevision()));
        changeLog.record(ChangeLog.updated("actual", id,
                Actual.snapshot(current.kpiCode(), current.period(), current.value(), current.state(), current.comment()),
                Actual.snapshot(current.kpiCode(), current.period(), current.value(), state, note)).in(scorecardId), actor);
        events.publishEvent(new ValueReviewed(scorecardId, current.kpiId(), current.kpiCode(), current.period(),
                current.value(), state.key(), note, actor.name(), actor.source().key(), now));
        return values.get(id);
    }
}
