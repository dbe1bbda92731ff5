package dev.fourfold.strategy.web;

import dev.fourfold.evaluation.StoredScorecard;
import dev.fourfold.kpi.Kpi;
import dev.fourfold.scoring.RollupExplanation;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An objective's roll-up explanation as table rows: each child that counted with its weight, share, score and
 * contribution, and each child left out with the engine's reason. A child is a KPI of the objective (named and
 * linked) or an included scorecard of a child unit (named by unit, scorecard and perspective).
 */
final class Explanations {

    private final StoredScorecard stored;
    private final Scores scores;

    Explanations(StoredScorecard stored, Scores scores) {
        this.stored = stored;
        this.scores = scores;
    }

    ObjectivePage.Explained of(RollupExplanation e) {
        List<ObjectivePage.Contribution> counted = e.contributions().stream().map(c -> {
            Kpi kpi = stored.kpi(c.name());
            return new ObjectivePage.Contribution(name(kpi, c.name()), kpi == null ? null : kpi.id(),
                    scores.value(c.weight()), scores.share(c.share()), scores.score(c.score()),
                    scores.value(round(c.contribution())));
        }).toList();
        List<ObjectivePage.Ignored> ignored = e.ignored().stream().map(i -> {
            Kpi kpi = stored.kpi(i.name());
            return new ObjectivePage.Ignored(name(kpi, i.name()), kpi == null ? null : kpi.id(), i.why());
        }).toList();
        return new ObjectivePage.Explained(scores.message("strategy.rule." + e.rule().key()), counted, ignored,
                scores.score(e.score()), e.colour(), e.reason(), e.text());
    }

    private static String name(@Nullable Kpi kpi, String name) {
        return kpi == null ? name : kpi.name() + " (" + kpi.code() + ")";
    }

    /** Contributions to two decimals, as the README's worked examples give them. */
    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
