package dev.fourfold.evaluation.web;

import dev.fourfold.evaluation.EvaluationService;
import dev.fourfold.evaluation.FactChanges;
import dev.fourfold.kpi.Kpi;
import dev.fourfold.scoring.View;
import dev.fourfold.shared.Period;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The evaluation trees the BI feed reads its numbers from: exactly the evaluation API's, taken from the trees kept
 * by version ({@link RenderedTrees}) or computed and kept there, so that a fact equals what
 * {@code GET /api/v1/scorecards/{id}/evaluation} answers for its period and view, a frozen view included.
 */
@Component
class FactTrees {

    private final EvaluationTrees trees;
    private final RenderedTrees rendered;

    FactTrees(EvaluationTrees trees, RenderedTrees rendered) {
        this.trees = trees;
        this.rendered = rendered;
    }

    /** Where a KPI sits in a tree, and its numbers there. */
    private record Placed(String perspective, String objectiveCode, String objective, EvaluationResponses.KpiNode kpi) {
    }

    /** The trees of one scorecard's kept model, each period and view evaluated at most once. */
    final class OfScorecard {

        private final FactChanges.Card card;
        private final EvaluationService.Prepared prepared;
        private final Map<String, Map<Long, Placed>> evaluated = new HashMap<>();

        private OfScorecard(FactChanges.Card card, EvaluationService.Prepared prepared) {
            this.card = card;
            this.prepared = prepared;
        }

        /** The fact of a KPI at a period and view; null when the tree holds no such KPI (a frozen view of before). */
        @Nullable FactRow row(Kpi kpi, Period period, View view, Instant updatedAt, int fiscalYearStart) {
            Placed placed = evaluated.computeIfAbsent(period.key() + "/" + view.key(), k -> placed(period, view))
                    .get(kpi.id());
            if (placed == null) {
                return null;
            }
            EvaluationResponses.KpiNode k = placed.kpi();
            return new FactRow(card.unitId(), card.unit(), card.id(), card.name(), placed.perspective(),
                    placed.objectiveCode(), placed.objective(), k.id(), k.code(), k.name(), k.unit(), period.key(),
                    period.firstDay(fiscalYearStart).toString(), period.lastDay(fiscalYearStart).toString(),
                    view.key(), k.actual(), k.target(), k.score(), k.status(), k.completeness(), k.reason(),
                    updatedAt);
        }

        private Map<Long, Placed> placed(Period period, View view) {
            EvaluationService.Prepared at = new EvaluationService.Prepared(prepared.stored(), prepared.version(),
                    period, view, prepared.locks());
            EvaluationResponses.ScorecardNode tree = at.version().isEmpty()
                    ? trees.evaluate(at, trees.check(at), false)
                    : rendered.get(at, false, () -> trees.evaluate(at, trees.check(at), false)).tree();
            Map<Long, Placed> placed = new HashMap<>();
            for (EvaluationResponses.PerspectiveNode p : tree.perspectives()) {
                for (EvaluationResponses.ObjectiveNode o : p.objectives()) {
                    for (EvaluationResponses.KpiNode k : o.kpis()) {
                        placed.put(k.id(), new Placed(p.name(), o.code(), o.name(), k));
                    }
                }
            }
            return placed;
        }
    }

    OfScorecard of(FactChanges.Card card, EvaluationService.Prepared prepared) {
        return new OfScorecard(card, prepared);
    }
}
