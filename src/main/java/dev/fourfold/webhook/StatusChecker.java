package dev.fourfold.webhook;

import dev.fourfold.evaluation.EvaluationService;
import dev.fourfold.kpi.Kpi;
import dev.fourfold.scoring.KpiResult;
import dev.fourfold.scoring.Status;
import dev.fourfold.scoring.View;
import dev.fourfold.shared.Actor;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks queued scorecard periods for changed KPI statuses: evaluates the scorecard at the period in the period view
 * (as the system, from the kept model), compares each of its own KPIs' status with the one last known, keeps the new
 * ones and writes a {@code status.changed} event to the outbox for the changes. One node checks at a time (the lock
 * of {@code status_watch}, held for the whole check), so a change is announced once; the comparison, the statuses
 * kept, the event and the emptied queue are one transaction, so a check that fails as a whole (the database gone, say)
 * leaves everything to be checked again, while a pair that cannot be evaluated is dropped with a warning.
 */
@Component
class StatusChecker {

    /** Pairs checked at most per call. */
    static final int PAIRS = 200;

    private static final Logger log = LoggerFactory.getLogger(StatusChecker.class);

    private final StatusRepository statuses;
    private final EvaluationService evaluations;
    private final Outbox outbox;
    private final TransactionTemplate transaction;
    private final TransactionTemplate savepoint;
    private final long maxValues;

    StatusChecker(StatusRepository statuses, EvaluationService evaluations, Outbox outbox,
                  PlatformTransactionManager transactions, WebhookProperties properties) {
        this.maxValues = properties.statusMaxValues();
        this.statuses = statuses;
        this.evaluations = evaluations;
        this.outbox = outbox;
        this.transaction = new TransactionTemplate(transactions);
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /** Checks the oldest queued pairs, noticed at {@code now}; answers how many pairs it checked. */
    int checkQueued(Instant now) {
        Integer checked = transaction.execute(tx -> {
            if (!statuses.anyQueued()) {
                return 0;
            }
            statuses.lock();
            List<StatusRepository.Queued> queued = statuses.queued(PAIRS);
            List<Outbox.StatusChanges> changed = new ArrayList<>();
            Map<Long, Boolean> watched = new HashMap<>();
            for (StatusRepository.Queued q : queued) {
                if (watched.computeIfAbsent(q.pair().scorecardId(), this::watched)) {
                    check(q.pair(), now).ifPresent(changed::add);
                }
                statuses.dequeue(q.ids());
            }
            outbox.statusChanged(changed, now);
            return queued.size();
        });
        return checked == null ? 0 : checked;
    }

    /**
     * Whether the scorecard is small enough to be evaluated in the background: its model is built in memory, about
     * 500 bytes a value, and a scorecard of a million values would take a 512 MB heap from every request.
     */
    private boolean watched(long scorecardId) {
        long values = statuses.values(scorecardId);
        if (values > maxValues) {
            log.warn("Scorecard {} holds {} values, more than fourfold.webhooks.status-max-values ({}): the changes of "
                    + "its KPIs' statuses are not announced", scorecardId, values, maxValues);
            return false;
        }
        return true;
    }

    /**
     * A pair's changes, in a savepoint of its own: a scorecard deleted meanwhile or an evaluation that fails is
     * logged and its check dropped, rather than failing every other pair's check, again and again.
     */
    private Optional<Outbox.StatusChanges> check(StatusRepository.Pair pair, Instant now) {
        try {
            Optional<Outbox.StatusChanges> changes = savepoint.execute(tx -> compare(pair, now));
            return changes == null ? Optional.empty() : changes;
        } catch (RuntimeException e) {
            log.warn("Could not check the KPI statuses of scorecard {} at {}; the check is dropped", pair.scorecardId(),
                    pair.period(), e);
            return Optional.empty();
        }
    }

    private Optional<Outbox.StatusChanges> compare(StatusRepository.Pair pair, Instant now) {
        EvaluationService.Prepared prepared = evaluations.prepare(pair.scorecardId(), pair.period(),
                View.PERIOD.key(), Actor.system());
        String period = prepared.period().key();
        List<Kpi> own = prepared.stored().kpis().values().stream().filter(k -> k.scorecardId() == pair.scorecardId())
                .toList();
        Map<Long, Status> known = statuses.known(own.stream().map(Kpi::id).toList(), period);
        List<StatusRepository.Known> keep = new ArrayList<>();
        List<Map<String, Object>> changes = new ArrayList<>();
        for (KpiResult result : prepared.stored().model().evaluate(prepared.period(), View.PERIOD).kpis()) {
            Kpi kpi = prepared.stored().kpi(result.code());
            if (kpi == null || kpi.scorecardId() != pair.scorecardId()) {
                continue;
            }
            Status from = known.getOrDefault(kpi.id(), Status.NONE);
            if (from != result.status()) {
                BigDecimal score = plain(result.score());
                keep.add(new StatusRepository.Known(kpi.id(), period, result.status(),
                        score == null || score.scale() <= 12 ? score : score.setScale(12, RoundingMode.HALF_UP)));
                changes.add(change(kpi, from, result, score));
            }
        }
        if (changes.isEmpty()) {
            return Optional.empty();
        }
        statuses.save(keep, now);
        return Optional.of(new Outbox.StatusChanges(pair.scorecardId(), period, changes));
    }

    private static Map<String, Object> change(Kpi kpi, Status from, KpiResult result, @Nullable BigDecimal score) {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("kpiId", kpi.id());
        change.put("kpiCode", kpi.code());
        change.put("kpiName", kpi.name());
        change.put("from", from.key());
        change.put("to", result.status().key());
        change.put("score", score);
        change.put("actual", plain(result.actual()));
        change.put("target", plain(result.target()));
        return change;
    }

    /** A number as the API writes it: exact, without trailing zeros; null for none or not a number. */
    private static @Nullable BigDecimal plain(@Nullable Double value) {
        if (value == null || value.isNaN() || value.isInfinite()) {
            return null;
        }
        BigDecimal d = BigDecimal.valueOf(value).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0) : d;
    }
}
