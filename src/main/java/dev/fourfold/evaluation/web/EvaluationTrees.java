package dev.fourfold.evaluation.web;

import dev.fourfold.shared.Decimals;
import dev.fourfold.evaluation.EvaluationService;
import dev.fourfold.kpi.PeriodLocks;
import dev.fourfold.shared.Actor;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The evaluation tree of a scorecard as the API and the pages show it: computed from today's definitions and
 * values, or, for a locked period in the {@code period} view, the snapshot frozen at locking with the KPIs that
 * would score differently today.
 */
@Component
class EvaluationTrees {

    private final EvaluationService evaluations;
    private final PeriodLocks locks;
    private final JsonMapper json;

    EvaluationTrees(EvaluationService evaluations, PeriodLocks locks, JsonMapper json) {
        this.evaluations = evaluations;
        this.locks = locks;
        this.json = json;
    }

    EvaluationResponses.ScorecardNode evaluate(long id, String period, String view, boolean explain, Actor actor) {
        EvaluationResponses.ScorecardNode current = EvaluationResponses.of(evaluations.evaluate(id, period, view, actor), explain);
        if (!"period".equals(current.view())) {
            return current;
        }
        return locks.find(id, current.period()).map(lock -> {
            EvaluationResponses.ScorecardNode frozen = json.readerFor(EvaluationResponses.ScorecardNode.class)
                    .withAttribute(Decimals.STORED_JSON, true).readValue(lock.snapshot());
            Map<String, BigDecimal> now = new HashMap<>();
            current.kpis().forEach(k -> now.put(k.code(), k.score()));
            List<String> changed = frozen.kpis().stream()
                    .filter(k -> !sameScore(k.score(), now.get(k.code())))
                    .map(EvaluationResponses.KpiNode::code).toList();
            return frozen.locked(new EvaluationResponses.LockNode(lock.period(), lock.lockedBy(), lock.lockedAt()), changed);
        }).orElse(current);
    }

    private static boolean sameScore(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
