package dev.fourfold.scoring;

import dev.fourfold.shared.Names;
import dev.fourfold.shared.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The models of the scorecards a scorecard includes, resolved by the caller, and the inclusions it could not
 * resolve with the reason (e.g. not shared with the including scorecard's readers). Models are immutable and built
 * before the models that include them, so inclusions form no cycle and an evaluation's depth is bounded by them.
 */
final class IncludedScorecards {

    static final IncludedScorecards NONE = new IncludedScorecards(Map.of(), Map.of());

    private final Map<String, ScoringModel> models;
    private final Map<String, String> unavailable;

    IncludedScorecards(Map<String, ScoringModel> models, Map<String, String> unavailable) {
        this.models = Map.copyOf(models);
        this.unavailable = Map.copyOf(unavailable);
    }

    /** Checks that every inclusion of {@code scorecard} is resolved by a model of the same calendar and scale. */
    void check(ScorecardDefinition scorecard) {
        List<Inclusion> all = new ArrayList<>();
        scorecard.perspectives().forEach(p -> {
            all.addAll(p.includes());
            p.objectives().forEach(o -> all.addAll(o.includes()));
        });
        for (Inclusion inclusion : all) {
            ScoringModel model = models.get(inclusion.key());
            if (model == null && !unavailable.containsKey(inclusion.key())) {
                throw new IllegalArgumentException("no model for the included scorecard '" + inclusion.key() + "'");
            }
            if (model != null && (model.scorecard().scale() != scorecard.scale()
                    || model.scorecard().fiscalYearStart() != scorecard.fiscalYearStart())) {
                throw new IllegalArgumentException("the included scorecard '" + inclusion.key()
                        + "' has another scale or fiscal year");
            }
        }
    }

    /** A memo of the included scorecards' evaluations for one evaluation of the parent: each is evaluated once. */
    Map<String, Evaluation> memo() {
        return models.isEmpty() ? Map.of() : new HashMap<>();
    }

    List<IncludedResult> results(List<Inclusion> inclusions, Map<String, Evaluation> memo, Period period, View view) {
        if (inclusions.isEmpty()) {
            return List.of();
        }
        List<IncludedResult> results = new ArrayList<>(inclusions.size());
        for (Inclusion inclusion : inclusions) {
            ScoringModel model = models.get(inclusion.key());
            if (model == null) {
                results.add(new IncludedResult(inclusion,
                        new ScoreResult.NotScorable(unavailable.get(inclusion.key())), null));
                continue;
            }
            Evaluation evaluation = memo.computeIfAbsent(inclusion.key(), k -> model.evaluate(period, view));
            results.add(new IncludedResult(inclusion, scoreOf(evaluation, inclusion.perspective()), evaluation));
        }
        return results;
    }

    private static ScoreResult scoreOf(Evaluation evaluation, String perspective) {
        if (perspective == null) {
            return evaluation.result();
        }
        return evaluation.perspectives().stream().filter(p -> Names.key(p.name()).equals(Names.key(perspective))).findFirst()
                .<ScoreResult>map(RollupResult::result)
                .orElseGet(() -> new ScoreResult.NotScorable("'" + evaluation.name() + "' has no perspective '"
                        + perspective + "'"));
    }
}
