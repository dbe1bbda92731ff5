package dev.fourfold.evaluation;

import dev.fourfold.kpi.Kpi;
import dev.fourfold.kpi.KpiService;
import dev.fourfold.kpi.PeriodLock;
import dev.fourfold.scoring.Evaluation;
import dev.fourfold.scoring.KpiExplanation;
import dev.fourfold.scoring.KpiSeries;
import dev.fourfold.scoring.ScoringModel;
import dev.fourfold.scoring.View;
import dev.fourfold.shared.Access;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.FieldProblem;
import dev.fourfold.shared.Frequency;
import dev.fourfold.shared.InvalidInputException;
import dev.fourfold.shared.Period;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Evaluates stored scorecards from their compiled models, kept in {@link ModelCache} until a write changes what
 * they were built from, so a changed value, target or definition shows at once. Every request checks first that
 * the caller may read the scorecard. Without a period the last full month before today is used.
 */
@Service
public class EvaluationService {

    private final ScorecardModels models;
    private final ModelCache cache;
    private final KpiService kpis;
    private final Clock clock;
    private final Access access;

    EvaluationService(ScorecardModels models, ModelCache cache, KpiService kpis, Clock clock, Access access) {
        this.models = models;
        this.cache = cache;
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

    /**
     * A request for a scorecard's evaluation that the caller may read, with the period and view resolved and the
     * current model. {@code version} names the data the model reflects (empty when it cannot be named): equal
     * versions mean equal evaluations, whoever asks. {@code locks} are the scorecard's period locks (without
     * snapshots) as current as the model.
     */
    public record Prepared(StoredScorecard stored, String version, Period period, View view, List<PeriodLock> locks) {
    }

    /** Checks the request and the caller's right to read, then finds the current model. */
    public Prepared prepare(long scorecardId, String period, String view, Actor actor) {
        Request r = request(period, view);
        access.requireRead(actor, scorecardId);
        ModelCache.Entry e = cache.get(scorecardId);
        return new Prepared(e.compiled().stored(), e.version(), r.period(), r.view(), e.locks());
    }

    public ScorecardEvaluation evaluate(long scorecardId, String period, String view, Actor actor) {
        return evaluate(prepare(scorecardId, period, view, actor));
    }

    public ScorecardEvaluation evaluate(Prepared p) {
        return evaluation(p.stored(), p.period(), p.view());
    }

    private static ScorecardEvaluation evaluation(StoredScorecard stored, Period period, View view) {
        return new ScorecardEvaluation(stored, stored.model().evaluate(period, view),
                stored.model().evaluate(period.previous(), view));
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
        return at.stream().map(a -> evaluation(stored, a.period(), a.view())).toList();
    }

    /**
     * A request about one KPI that the caller may read: its series from {@code from} to {@code to}, or its
     * explanation at {@code to}; {@code version} as in {@link Prepared}.
     */
    public record PreparedKpi(Kpi kpi, StoredScorecard stored, String version, Period from, Period to, View view) {
    }

    /** Checks the request and the caller's right to read the KPI, then finds the current model. */
    public PreparedKpi prepareKpi(long kpiId, String from, String to, String view, Actor actor) {
        Kpi kpi = kpis.get(kpiId, actor);
        Request end = request(to, view);
        Period start = from == null || from.isBlank() ? end.period().plus(-23) : parse("from", from);
        ModelCache.Entry e = cache.get(kpi.scorecardId());
        return new PreparedKpi(kpi, e.compiled().stored(), e.version(), start, end.period(), end.view());
    }

    /** A KPI's history of actual, target, score and status per native period, with its forecast. */
    public Series series(long kpiId, String from, String to, String view, Actor actor) {
        return series(prepareKpi(kpiId, from, to, view, actor));
    }

    public Series series(PreparedKpi p) {
        String tooLong = p.stored().model().tooLong(p.kpi().code(), p.from(), p.to());
        if (tooLong != null) {
            throw new InvalidInputException("from", tooLong);
        }
        return new Series(p.kpi(), p.stored().model().series(p.kpi().code(), p.from(), p.to(), p.view()));
    }

    /** How a KPI's score at a period and view came about. */
    public KpiExplanation explain(long kpiId, String period, String view, Actor actor) {
        return explain(prepareKpi(kpiId, null, period, view, actor));
    }

    public KpiExplanation explain(PreparedKpi p) {
        return p.stored().model().evaluateKpi(p.kpi().code(), p.to(), p.view()).explanation();
    }

    /** How many periods back {@link #latestScorable} looks for one with a score. */
    private static final int LOOK_BACK = 24;

    /**
     * The period a scorecard opens at: the latest in which its KPIs can be scored, of the kind of its most frequent
     * KPIs (a month for daily and weekly ones), looked for up to two years back from the period holding the last full
     * month ({@code prepared}'s default period); that period itself when none has a score.
     */
    public Period latestScorable(Prepared prepared) {
        Frequency kind = shortest(prepared.stored());
        kind = kind.ordinal() < Frequency.MONTHLY.ordinal() ? Frequency.MONTHLY : kind;
        ScoringModel model = prepared.stored().model();
        Period start = Period.holding(kind, prepared.period().lastDay(model.calendar().firstMonth()),
                model.calendar().firstMonth());
        for (int back = 0; back < LOOK_BACK; back++) {
            if (model.evaluate(start.plus(-back), View.PERIOD).score() != null) {
                return start.plus(-back);
            }
        }
        return start;
    }

    /** The most frequent of a scorecard's KPIs' frequencies (monthly for a scorecard without KPIs). */
    public static Frequency shortest(StoredScorecard stored) {
        return stored.kpis().values().stream().map(k -> k.collection().frequency()).min(Comparator.naturalOrder())
                .orElse(Frequency.MONTHLY);
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
