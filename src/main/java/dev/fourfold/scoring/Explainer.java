package dev.fourfold.scoring;

import static dev.fourfold.scoring.Numbers.format;

import dev.fourfold.shared.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/** Builds explanations on demand from what an evaluation kept, so evaluating stays cheap. */
final class Explainer {

    private Explainer() {
    }

    static KpiExplanation kpi(KpiOutcome o, KpiEvaluator evaluator, Bands bands, Cap cap) {
        List<Period> periods = new ArrayList<>();
        List<Period> missing = new ArrayList<>();
        for (int i = o.first; i < o.first + o.present.length; i++) {
            (o.present[i - o.first] ? periods : missing).add(evaluator.calendar().nativePeriod(o.kpi.frequency, i));
        }
        String formula = o.kpi.isFormula() && o.window != null
                ? o.kpi.formula.substituted(new WindowScope(evaluator, o.kpi, o.window, KpiEvaluator.lag(o.window, o.view), true))
                + " = " + format(o.actual) : null;
        String workings = null;
        String colour = null;
        KpiParameters p = o.kpi.parameters;
        if (o.result instanceof ScoreResult.Scored scored) {
            double raw = p.rule().score(p, o.actual, o.target);
            workings = p.rule().workings(p, o.actual, o.target, raw) + (raw == scored.value() ? "" : ", capped to " + format(scored.value()));
            colour = o.thresholdsApply && p.hasThresholds() ? thresholdColour(p, o.actual, scored.status())
                    : colour(bands, scored.status());
        }
        StringJoiner text = new StringJoiner("; ", o.kpi.definition.code() + ": ", "");
        if (formula != null && !Double.isNaN(o.actual)) {
            text.add(formula);
        }
        text.add(workings != null ? workings + "; " + colour : "no score, " + o.result.reason());
        if (!periods.isEmpty() && !missing.isEmpty()) {
            text.add(periods.size() + " of " + (periods.size() + missing.size()) + " periods present");
        }
        return new KpiExplanation(o.kpi.definition.code(), o.period, o.view, Numbers.boxed(o.actual),
                Numbers.boxed(o.target), Numbers.boxed(o.completeness), periods, missing, p.method().key(), formula,
                workings, o.result.score(), o.result.status(), colour, o.result.reason(), text.toString());
    }

    static String colour(Bands bands, Status status) {
        return switch (status) {
            case RED -> "red, below amber " + format(bands.amber());
            case NONE -> "none";
            default -> status.key() + " from " + format(bands.lowerBound(status));
        };
    }

    private static String thresholdColour(KpiParameters p, double actual, Status status) {
        boolean lower = p.polarity() == Polarity.LOWER;
        if (status == Status.RED) {
            return "red: actual " + format(actual) + (lower ? " > " : " < ") + "amber threshold " + format(p.thresholdAmber());
        }
        return status.key() + ": actual " + format(actual) + (lower ? " ≤ " : " ≥ ") + status.key() + " threshold "
                + format(p.thresholdBound(status));
    }

    static RollupExplanation rollup(String name, RollupRule rule, Bands bands, double[] weights,
                                    ScoreResult[] children, String[] names, ScoreResult result) {
        List<RollupExplanation.Contribution> contributions = new ArrayList<>();
        List<RollupExplanation.Ignored> ignored = new ArrayList<>();
        double total = 0;
        for (int i = 0; i < children.length; i++) {
            if (weights[i] == 0) {
                ignored.add(new RollupExplanation.Ignored(names[i], "weight 0"));
            } else if (children[i].score() == null) {
                ignored.add(new RollupExplanation.Ignored(names[i], "no score: " + children[i].reason()));
            } else {
                double w = rule == RollupRule.AVERAGE ? 1 : weights[i];
                total += w;
                contributions.add(new RollupExplanation.Contribution(names[i], w, children[i].score(), w, 0));
            }
        }
        double sum = total;
        contributions.replaceAll(c -> new RollupExplanation.Contribution(c.name(), c.weight(), c.score(),
                c.weight() / sum, c.weight() / sum * c.score()));
        String colour = result.score() == null ? null : colour(bands, result.status());
        return new RollupExplanation(name, rule, contributions, ignored, result.score(), result.status(), colour,
                result.reason(), rollupText(name, rule, contributions, ignored, result, colour));
    }

    private static String rollupText(String name, RollupRule rule, List<RollupExplanation.Contribution> counted,
                                     List<RollupExplanation.Ignored> ignored, ScoreResult result, String colour) {
        StringJoiner text = new StringJoiner("; ", name + ": ", "");
        if (result.score() == null) {
            text.add("no score, " + result.reason());
        } else {
            StringJoiner terms = new StringJoiner(rule == RollupRule.WEIGHTED_AVERAGE ? " + " : ", ");
            double total = 0;
            for (RollupExplanation.Contribution c : counted) {
                terms.add(rule == RollupRule.WEIGHTED_AVERAGE ? format(c.weight()) + " × " + format(c.score()) : format(c.score()));
                total += c.weight();
            }
            String how = switch (rule) {
                case WEIGHTED_AVERAGE -> "(" + terms + ") / " + format(total);
                case AVERAGE -> "average of " + terms;
                case WORST -> "worst of " + terms;
            };
            text.add(how + " = " + format(result.score()) + "; " + colour);
        }
        if (!ignored.isEmpty()) {
            StringJoiner left = new StringJoiner(", ", "ignored ", "");
            ignored.forEach(i -> left.add(i.name() + " (" + i.why() + ")"));
            text.add(left.toString());
        }
        return text.toString();
    }
}
