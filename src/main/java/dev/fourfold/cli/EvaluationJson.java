package dev.fourfold.cli;

import dev.fourfold.scoring.Evaluation;
import dev.fourfold.scoring.Forecast;
import dev.fourfold.scoring.IncludedResult;
import dev.fourfold.scoring.KpiResult;
import dev.fourfold.scoring.ObjectiveResult;
import dev.fourfold.scoring.PerspectiveResult;
import dev.fourfold.scoring.RollupExplanation;
import dev.fourfold.scoring.RollupResult;
import dev.fourfold.scoring.ScoreResult;
import dev.fourfold.scoring.ScoringModel;
import dev.fourfold.scoring.Variance;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON of an evaluation as scorecard-file.md shows it: scorecard, perspectives, objectives and KPIs with score,
 * status and, where nothing is scored, the reason; per KPI its budget, stretch target and prior year with the actual's
 * variance to the target and to each; with a forecast horizon, each forecastable KPI's forecast and its probability
 * of meeting the full-year target.
 */
final class EvaluationJson {

    private final ScoringModel model;
    private final int forecast;

    /** @param forecast native periods to forecast per KPI, 0 for none */
    EvaluationJson(ScoringModel model, int forecast) {
        this.model = model;
        this.forecast = forecast;
    }

    String write(Evaluation evaluation) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("period", evaluation.period().key());
        root.put("view", evaluation.view().key());
        root.put("scorecard", scored(new LinkedHashMap<>(Map.of("name", evaluation.name())), evaluation));
        root.put("perspectives", evaluation.perspectives().stream().map(this::perspective).toList());
        return Json.write(root);
    }

    private Map<String, Object> perspective(PerspectiveResult p) {
        Map<String, Object> node = scored(new LinkedHashMap<>(Map.of("name", p.name())), p);
        node.put("objectives", p.objectives().stream().map(this::objective).toList());
        included(node, p, p.included());
        return node;
    }

    private Map<String, Object> objective(ObjectiveResult o) {
        Map<String, Object> node = scored(new LinkedHashMap<>(Map.of("code", o.code())), o);
        node.put("kpis", o.kpis().stream().map(this::kpi).toList());
        included(node, o, o.included());
        return node;
    }

    /**
     * The scorecards a perspective or objective includes, each with the score that counts there and, where it
     * counted, its share of the parent's weight and the points it contributes.
     */
    private static void included(Map<String, Object> node, RollupResult parent, List<IncludedResult> included) {
        if (included.isEmpty()) {
            return;
        }
        Map<String, RollupExplanation.Contribution> counted = new HashMap<>();
        parent.explanation().contributions().forEach(c -> counted.put(c.name(), c));
        node.put("includes", included.stream().map(i -> {
            Map<String, Object> n = new LinkedHashMap<>();
            n.put("name", i.name());
            n.put("scorecard", i.inclusion().key());
            n.put("perspective", i.inclusion().perspective());
            n.put("weight", i.inclusion().weight());
            scored(n, i.result());
            RollupExplanation.Contribution c = counted.get(i.name());
            if (c != null) {
                n.put("share", c.share());
                n.put("contribution", c.contribution());
            }
            return n;
        }).toList());
    }

    private static Map<String, Object> scored(Map<String, Object> node, ScoreResult result) {
        node.put("score", result.score());
        node.put("status", result.status().key());
        if (result.reason() != null) {
            node.put("reason", result.reason());
        }
        return node;
    }

    private static Map<String, Object> scored(Map<String, Object> node, RollupResult result) {
        node.put("score", result.score());
        node.put("status", result.status().key());
        if (result.reason() != null) {
            node.put("reason", result.reason());
        }
        return node;
    }

    private Map<String, Object> kpi(KpiResult k) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("code", k.code());
        node.put("actual", k.actual());
        node.put("target", k.target());
        node.put("score", k.score());
        node.put("status", k.status().key());
        if (k.reason() != null) {
            node.put("reason", k.reason());
        }
        node.put("completeness", k.completeness());
        compared(node, k);
        if (forecast > 0 && model.forecast(k.code(), k.period(), forecast) instanceof Forecast.Projection p) {
            node.put("forecast", p.points().stream().map(point -> {
                Map<String, Object> f = new LinkedHashMap<>();
                f.put("period", point.period().key());
                f.put("value", point.value());
                f.put("low", point.low());
                f.put("high", point.high());
                return f;
            }).toList());
            if (p.targetProbability() != null) {
                node.put("targetProbability", p.targetProbability());
            }
        }
        return node;
    }

    /** The budget, stretch target and prior year, and the variance (value and percent) to the target and each. */
    private static void compared(Map<String, Object> node, KpiResult k) {
        node.put("budget", k.budget());
        node.put("stretch", k.stretch());
        node.put("priorYear", k.priorYear());
        variance(node, "target", k.targetVariance());
        variance(node, "budget", k.budgetVariance());
        variance(node, "stretch", k.stretchVariance());
        variance(node, "priorYear", k.priorYearVariance());
    }

    private static void variance(Map<String, Object> node, String of, Variance v) {
        node.put(of + "Variance", v.value());
        node.put(of + "VariancePercent", v.percent());
    }
}
