package dev.fourfold.webhook;

import dev.fourfold.kpi.TargetsRevised;
import dev.fourfold.measurement.ValueDeleted;
import dev.fourfold.measurement.ValueReviewed;
import dev.fourfold.measurement.ValuesRecorded;
import dev.fourfold.shared.DefinitionsChanged;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Queues the scorecard periods whose KPI statuses a write may have changed (values recorded, reviewed or deleted,
 * targets revised; every period with values or known statuses when a KPI's definition or the scorecard's settings
 * changed), in the transaction of the write: a write that rolls back queues nothing, and one that commits
 * leaves its periods queued even if the node stops at once. It queues whether or not anybody subscribes to
 * {@code status.changed}, so that the known statuses stay current and a subscription made later is not sent changes
 * that happened long before it.
 */
@Component
class StatusQueue {

    private final StatusRepository statuses;

    StatusQueue(StatusRepository statuses) {
        this.statuses = statuses;
    }

    /** A million values over a thousand months of one scorecard queue a thousand rows: pairs are distinct. */
    @EventListener
    void on(ValuesRecorded e) {
        Set<StatusRepository.Pair> pairs = new LinkedHashSet<>();
        for (ValuesRecorded.Value v : e.values()) {
            pairs.add(new StatusRepository.Pair(v.scorecardId(), v.period()));
        }
        queue(pairs, e.at());
    }

    @EventListener
    void on(TargetsRevised e) {
        Set<StatusRepository.Pair> pairs = new LinkedHashSet<>();
        for (TargetsRevised.Revision r : e.targets()) {
            pairs.add(new StatusRepository.Pair(r.scorecardId(), r.period()));
        }
        queue(pairs, e.at());
    }

    /** An approval brings a value into scores, and a rejection takes it out. */
    @EventListener
    void on(ValueReviewed e) {
        queue(Set.of(new StatusRepository.Pair(e.scorecardId(), e.period())), e.at());
    }

    @EventListener
    void on(ValueDeleted e) {
        queue(Set.of(new StatusRepository.Pair(e.scorecardId(), e.period())), e.at());
    }

    /** A scorecard's settings or a KPI's definition changed: each of its periods may score differently now. */
    @EventListener
    void on(DefinitionsChanged e) {
        statuses.queueAll(e.scorecardId(), e.at());
    }

    private void queue(Set<StatusRepository.Pair> pairs, Instant at) {
        if (!pairs.isEmpty()) {
            statuses.queue(pairs, at);
        }
    }
}
