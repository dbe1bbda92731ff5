package dev.fourfold.evaluation;

import dev.fourfold.kpi.Kpi;
import dev.fourfold.kpi.KpiService;
import dev.fourfold.scoring.Evaluation;
import dev.fourfold.scoring.KpiExplanation;
import dev.fourfold.scoring.KpiSeries;
import dev.fourfold.scoring.View;
import dev.fourfold.shared.Access;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.FieldProblem;
import dev.fourfold.shared.InvalidInputException;
import dev.fourfold.shared.Period;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Evaluates stored scorecards. Scores are always recomputed from the stored definitions and values, so a changed
 * value, target or definition shows at once. Without a period the last full month before today is used.
 */
@Service
public class EvaluationService {

    private final ScorecardModels models;
    private final KpiService kpis;
    private final Clock clock;
    private final Access access;

    EvaluationService(ScorecardModels models, KpiService kpis, Clock clock, Access access) {
        this.models = models;
        this.kpis = kpis;
        this.clock = clock;
        this.access = access;
    }

    /** A scorecard's evaluation with the one of the previous period, for trends. */
    public record ScorecardEvaluation(StoredScorecard stored, Evaluation current, Evaluation previous) {

        /** Each KPI's score change against the previous period, by code as defined. */
        public Map<String, Double> trends() {
            return current.scoreChanges(previous);
        }
    }

    /** A KPI's series and the stored KPI it belongs to. */
    public record Series(Kpi kpi, KpiSeries series) {
    }

    public ScorecardEvaluation evaluate(long scorecardId, String period, String view, Actor actor) {
        Request r = request(period, view);
        access.requireRead(actor, scorecardId);
        StoredScorecard stored = models.load(scorecardId);
        return new ScorecardEvaluation(stored, stored.model().evaluate(r.period(), r.view()),
                stored.model().evaluate(r.period().previous(), r.view()));
    }

    /** A period and a view to evaluate a scorecard at. */
    public record At(Period period, View view) {
    }

    /**
     * Evaluations of one scorecard at many periods and views from one reading of its data, in the order asked (the
     * snapshot of a period lock).
     */
    public List<ScorecardEvaluation> evaluateAll(long scorecardId, List<At> at, Actor actor) {
        access.requireRead(actor, scorecardId);
        StoredScorecard stored = models.load(scorecardId);
        return at.stream().map(a -> new ScorecardEvaluation(stored, stored.model().evaluate(a.period(), a.view()),
                stored.model().evaluate(a.period().previous(), a.view()))).toList();
    }

    /** A KPI's history of actual, target, score and status per native period, with its forecast. */
    public Series series(long kpiId, String from, String to, String view, Actor actor) {
        Kpi kpi = kpis.get(kpiId, actor);
        Request end = request(to, view);
        Period start = from == null || from.isBlank() ? end.period().plus(-23) : parse("from", from);
        StoredScorecard stored = models.load(kpi.scorecardId());
        return new Series(kpi, stored.model().series(kpi.code(), start, end.period(), end.view()));
    }

    /** How a KPI's score at a period and view came about. */
    public KpiExplanation explain(long kpiId, String period, String view, Actor actor) {
        Kpi kpi = kpis.get(kpiId, actor);
        Request r = request(period, view);
        return models.load(kpi.scorecardId()).model().evaluateKpi(kpi.code(), r.period(), r.view()).explanation();
    }

    private record Request(Period period, View view) {
    }

    private Request request(String period, String view) {
        List<FieldProblem> problems = new ArrayList<>();
        Period p = lastFullMonth();
        View v = View.PERIOD;
        if (period != null && !period.isBlank()) {
            try {
                p = Period.parse(period);
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("period", e.getMessage()));
            }
        }
        if (view != null && !view.isBlank()) {
            try {
                v = View.fromKey(view);
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("view", e.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Request(p, v);
    }

    private static Period parse(String field, String key) {
        try {
            return Period.parse(key);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, e.getMessage());
        }
    }

    private Period lastFullMonth() {
        YearMonth month = YearMonth.now(clock).minusMonths(1);
        return Period.month(month.getYear(), month.getMonthValue());
    }
}
