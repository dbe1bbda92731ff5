package dev.fourfold.entry;

import dev.fourfold.kpi.Kpi;
import dev.fourfold.kpi.KpiService;
import dev.fourfold.measurement.Actual;
import dev.fourfold.measurement.ActualReviews;
import dev.fourfold.measurement.ActualService;
import dev.fourfold.scorecard.OrganisationService;
import dev.fourfold.scorecard.Scorecard;
import dev.fourfold.scorecard.ScorecardService;
import dev.fourfold.shared.Access;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.ConflictException;
import dev.fourfold.shared.InvalidInputException;
import dev.fourfold.shared.PageRequest;
import dev.fourfold.shared.Period;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The approver's queue: the pending values of the scorecards that require approval and that the user may approve
 * (scorecard owners and administrators, as the approval API decides), each beside the previous period's value.
 */
@Service
public class ApprovalQueue {

    private final ScorecardService scorecards;
    private final KpiService kpis;
    private final ActualService actuals;
    private final ActualReviews reviews;
    private final OrganisationService organisation;
    private final Access access;

    ApprovalQueue(ScorecardService scorecards, KpiService kpis, ActualService actuals, ActualReviews reviews,
                  OrganisationService organisation, Access access) {
        this.scorecards = scorecards;
        this.kpis = kpis;
        this.actuals = actuals;
        this.reviews = reviews;
        this.organisation = organisation;
        this.access = access;
    }

    /** A value awaiting approval, with the approved value of the KPI's previous period (or null). */
    public record Pending(Actual value, Kpi kpi, String scorecard, Period previousPeriod, @Nullable Actual previous) {
    }

    /** Every pending value the actor may approve, by scorecard, KPI and period. */
    public List<Pending> of(Actor actor) {
        List<Pending> queue = new ArrayList<>();
        for (Scorecard sc : scorecards.list(null, new PageRequest(0, PageRequest.MAX_SIZE), actor).items()) {
            if (!sc.requiresApproval() || access.needsApproval(actor, sc.id())) {
                continue;
            }
            List<Actual> pending = actuals.list(new ActualService.Filter(null, sc.id(), "pending", null, null),
                    new PageRequest(0, PageRequest.MAX_SIZE), actor).items();
            pending.forEach(a -> queue.add(pending(a, sc.name(), actor)));
        }
        return queue;
    }

    /** One value of the queue, as its row shows it; any value the actor may read. */
    public Pending one(long id, Actor actor) {
        Actual a = actuals.get(id, actor);
        Kpi kpi = kpis.get(a.kpiId(), actor);
        return pending(a, scorecards.get(kpi.scorecardId()).name(), actor);
    }

    /** Approves the value, if it is still the version the approver saw. */
    public void approve(long id, long version, Actor actor) {
        requireSeen(id, version, actor);
        reviews.review(id, true, null, actor);
    }

    /** Rejects the value with a reason (required), if it is still the version the approver saw. */
    public void reject(long id, long version, String reason, Actor actor) {
        requireSeen(id, version, actor);
        if (reason.isBlank()) {
            throw new InvalidInputException("reason", "is required: say why the value is rejected");
        }
        reviews.review(id, false, reason, actor);
    }

    /** Checks, before anything else, that the actor may review the value and saw its current version. */
    private void requireSeen(long id, long version, Actor actor) {
        Actual current = actuals.get(id, actor);
        access.requireOwner(actor, kpis.get(current.kpiId()).scorecardId());
        ConflictException.requireVersion("actual value", id, version, current.version());
    }

    private Pending pending(Actual a, String scorecard, Actor actor) {
        Kpi kpi = kpis.get(a.kpiId(), actor);
        Period previous = Period.parse(a.period()).previous();
        LocalDate start = previous.firstDay(organisation.get().fiscalYearStart());
        Actual before = actuals.list(new ActualService.Filter(kpi.id(), null, "approved", start, start),
                new PageRequest(0, 1), actor).items().stream().findFirst().orElse(null);
        return new Pending(a, kpi, scorecard, previous, before);
    }
}
