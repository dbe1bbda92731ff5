package dev.fourfold.evaluation.web;

import static dev.fourfold.evaluation.web.Numbers.plain;

import dev.fourfold.evaluation.EvaluationService;
import dev.fourfold.kpi.PeriodLock;
import dev.fourfold.kpi.PeriodLocks;
import dev.fourfold.scoring.Forecast;
import dev.fourfold.scoring.KpiExplanation;
import dev.fourfold.scoring.SeriesPoint;
import dev.fourfold.shared.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;

@RestController
@Tag(name = "Evaluation", description = "Scores, colours, trends, series, forecasts and explanations")
class EvaluationController {

    private final EvaluationService evaluations;
    private final EvaluationTrees trees;
    private final PeriodLocks locks;
    private final RenderedTrees rendered;

    EvaluationController(EvaluationService evaluations, EvaluationTrees trees, PeriodLocks locks, RenderedTrees rendered) {
        this.evaluations = evaluations;
        this.trees = trees;
        this.locks = locks;
        this.rendered = rendered;
    }

    @GetMapping("/api/v1/scorecards/{id}/evaluation")
    @Operation(operationId = "evaluateScorecard",
            summary = "Evaluate a scorecard at a period: the whole tree with actual, target, score, status, "
            + "completeness and trend, and per KPI its budget, stretch target and prior year with the actual's "
            + "variance to each (value and percent); explain=true adds how every score came about")
    EvaluationResponses.ScorecardNode evaluate(
            @PathVariable long id,
            @Parameter(description = "2026-03, 2026-Q1, 2026, 2026-W11 or 2026-03-15; default: the last full month")
            @RequestParam(required = false) String period,
            @Parameter(description = "period, ytd or year; default period") @RequestParam(required = false) String view,
            @RequestParam(defaultValue = "false") boolean explain, Actor actor, ServletWebRequest request) {
        EvaluationService.Prepared prepared = evaluations.prepare(id, period, view, actor);
        EvaluationTrees.Checked checked = trees.check(prepared);
        if (Revalidation.notModified(request, prepared.version(), actor, "evaluation", id,
                prepared.period().key(), prepared.view().key(), explain)) {
            return null;
        }
        if (!prepared.version().isEmpty()) {
            return RenderedJson.answer(rendered.get(prepared, explain, () -> trees.evaluate(prepared, checked, explain)),
                    request);
        }
        return trees.evaluate(prepared, checked, explain);
    }

    record LockRequest(String period) {
    }

    @GetMapping("/api/v1/scorecards/{id}/locks")
    @Operation(operationId = "listLocks", summary = "The locked periods of a scorecard")
    List<EvaluationResponses.LockNode> locks(@PathVariable long id, Actor actor) {
        return locks.of(id, actor).stream()
                .map(l -> new EvaluationResponses.LockNode(l.period(), l.lockedBy(), l.lockedAt())).toList();
    }

    @PostMapping("/api/v1/scorecards/{id}/locks")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "lockPeriod",
            summary = "Lock a period (scorecard owners): values, targets, approvals and deletions of it and of every "
            + "period it contains are refused, and every view inside it is kept as a snapshot")
    EvaluationResponses.LockNode lock(@PathVariable long id, @RequestBody(required = false) LockRequest request, Actor actor) {
        PeriodLock lock = trees.lock(id, request == null ? null : request.period(), actor);
        return new EvaluationResponses.LockNode(lock.period(), lock.lockedBy(), lock.lockedAt());
    }

    @DeleteMapping("/api/v1/scorecards/{id}/locks/{period}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "unlockPeriod",
            summary = "Unlock a period (administrators only; recorded in the audit trail)")
    void unlock(@PathVariable long id, @PathVariable String period, Actor actor) {
        locks.unlock(id, period, actor);
    }

    /** One period of a series; the budget, stretch target, prior year and variances as in {@link Compared}. */
    record PointNode(String period, BigDecimal actual, BigDecimal target, BigDecimal completeness, BigDecimal score,
                     String status, String reason, BigDecimal budget, BigDecimal stretch, BigDecimal priorYear,
                     BigDecimal targetVariance, BigDecimal targetVariancePercent, BigDecimal budgetVariance,
                     BigDecimal budgetVariancePercent, BigDecimal stretchVariance, BigDecimal stretchVariancePercent,
                     BigDecimal priorYearVariance, BigDecimal priorYearVariancePercent) {
        static PointNode of(SeriesPoint p) {
            Compared c = Compared.of(p);
            return new PointNode(p.period().key(), plain(p.actual()), plain(p.target()), plain(p.completeness()),
                    plain(p.score()), p.status().key(), p.reason(), c.budget(), c.stretch(), c.priorYear(),
                    c.targetVariance(), c.targetVariancePercent(), c.budgetVariance(), c.budgetVariancePercent(),
                    c.stretchVariance(), c.stretchVariancePercent(), c.priorYearVariance(),
                    c.priorYearVariancePercent());
        }
    }

    record ForecastPointNode(String period, BigDecimal value, BigDecimal low, BigDecimal high) {
    }

    /** The forecast: model, points with their 95 % interval, year-end projection and probability of the target. */
    record ForecastNode(String method, BigDecimal alpha, BigDecimal beta, BigDecimal gamma, List<ForecastPointNode> points,
                        BigDecimal yearEndValue, BigDecimal yearEndTarget, BigDecimal targetProbability, String reason) {
        static ForecastNode of(Forecast f) {
            if (f instanceof Forecast.Projection p) {
                return new ForecastNode(p.method().key(), plain(p.alpha()), plain(p.beta()), plain(p.gamma()),
                        p.points().stream().map(x -> new ForecastPointNode(x.period().key(), plain(x.value()),
                                plain(x.low()), plain(x.high()))).toList(),
                        plain(p.yearEndValue()), plain(p.yearEndTarget()), plain(p.targetProbability()), null);
            }
            return new ForecastNode(null, null, null, null, List.of(), null, null, null, ((Forecast.NoForecast) f).reason());
        }
    }

    record SeriesNode(long kpiId, String code, String name, String unit, String view, List<PointNode> points,
                      ForecastNode forecast) {
    }

    @GetMapping("/api/v1/kpis/{id}/series")
    @Operation(operationId = "getKpiSeries",
            summary = "A KPI's actual, target, score and status per native period, with its budget, stretch "
            + "target, prior year and the variances to each, and its forecast to the fiscal-year end; default: the 24 "
            + "months up to the last full month")
    SeriesNode series(@PathVariable long id, @RequestParam(required = false) String from,
                      @RequestParam(required = false) String to, @RequestParam(required = false) String view,
                      Actor actor, ServletWebRequest request) {
        EvaluationService.PreparedKpi prepared = evaluations.prepareKpi(id, from, to, view, actor);
        if (Revalidation.notModified(request, prepared.version(), actor, "series", id, prepared.from().key(),
                prepared.to().key(), prepared.view().key())) {
            return null;
        }
        EvaluationService.Series s = evaluations.series(prepared);
        return new SeriesNode(s.kpi().id(), s.kpi().code(), s.kpi().name(), s.kpi().unit(), s.series().view().key(),
                s.series().points().stream().map(PointNode::of).toList(), ForecastNode.of(s.series().forecast()));
    }

    @GetMapping("/api/v1/kpis/{id}/explanation")
    @Operation(operationId = "explainKpiScore",
            summary = "How a KPI's score came about: inputs, method with numbers, formula, band, missing periods")
    KpiExplanation explanation(@PathVariable long id, @RequestParam(required = false) String period,
                               @RequestParam(required = false) String view, Actor actor, ServletWebRequest request) {
        EvaluationService.PreparedKpi prepared = evaluations.prepareKpi(id, null, period, view, actor);
        if (Revalidation.notModified(request, prepared.version(), actor, "explanation", id, prepared.to().key(),
                prepared.view().key())) {
            return null;
        }
        return evaluations.explain(prepared);
    }
}
