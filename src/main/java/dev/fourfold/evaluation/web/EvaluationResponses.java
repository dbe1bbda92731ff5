package dev.fourfold.evaluation.web;

import static dev.fourfold.evaluation.web.Numbers.plain;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.fourfold.evaluation.EvaluationService;
import dev.fourfold.evaluation.StoredScorecard;
import dev.fourfold.kpi.Kpi;
import dev.fourfold.scorecard.Objective;
import dev.fourfold.scorecard.Perspective;
import dev.fourfold.scorecard.ScorecardInclude;
import dev.fourfold.scoring.Evaluation;
import dev.fourfold.scoring.Explanation;
import dev.fourfold.scoring.IncludedResult;
import dev.fourfold.scoring.KpiResult;
import dev.fourfold.scoring.ObjectiveResult;
import dev.fourfold.scoring.PerspectiveResult;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The JSON shape of an evaluation: scorecard → perspectives → objectives → KPIs, with ids to link back. */
final class EvaluationResponses {

    private EvaluationResponses() {
    }

    /**
     * A scorecard's evaluation. For a view inside a locked period ({@code lock} set) the tree is the snapshot frozen
     * when it was locked, and {@code changedSinceLock} names the KPIs whose score, status, actual or target would
     * differ today. {@code lockNote} says in words which of the two the tree is whenever a lock is involved: frozen,
     * or live because the view reaches past a locked period.
     */
    record ScorecardNode(long scorecardId, String name, String period, String view, BigDecimal score, String status,
                         String reason, Explanation explanation, LockNode lock, List<String> changedSinceLock,
                         String lockNote, List<PerspectiveNode> perspectives) {

        ScorecardNode locked(LockNode by, List<String> changed, String note) {
            return new ScorecardNode(scorecardId, name, period, view, score, status, reason, null, by, changed, note,
                    perspectives);
        }

        ScorecardNode live(String note) {
            return new ScorecardNode(scorecardId, name, period, view, score, status, reason, explanation, null, null, note,
                    perspectives);
        }

        /** Every KPI of the tree. */
        List<KpiNode> kpis() {
            return perspectives.stream().flatMap(p -> p.objectives().stream()).flatMap(o -> o.kpis().stream()).toList();
        }
    }

    /** Who locked the period and when. */
    record LockNode(String period, String lockedBy, java.time.Instant lockedAt) {
    }

    record PerspectiveNode(long id, String name, BigDecimal weight, BigDecimal score, String status, String reason,
                           Explanation explanation, List<ObjectiveNode> objectives,
                           @JsonInclude(JsonInclude.Include.NON_EMPTY) List<IncludeNode> includes) {

        /** A perspective that includes no other scorecard. */
        PerspectiveNode(long id, String name, BigDecimal weight, BigDecimal score, String status, String reason,
                        Explanation explanation, List<ObjectiveNode> objectives) {
            this(id, name, weight, score, status, reason, explanation, objectives, List.of());
        }
    }

    record ObjectiveNode(long id, String code, String name, BigDecimal weight, BigDecimal score, String status,
                         String reason, Explanation explanation, List<KpiNode> kpis,
                         @JsonInclude(JsonInclude.Include.NON_EMPTY) List<IncludeNode> includes) {

        /** An objective that includes no other scorecard. */
        ObjectiveNode(long id, String code, String name, BigDecimal weight, BigDecimal score, String status,
                      String reason, Explanation explanation, List<KpiNode> kpis) {
            this(id, code, name, weight, score, status, reason, explanation, kpis, List.of());
        }
    }

    /**
     * A child unit's scorecard that a perspective or objective includes, with the score that counts there (its
     * overall score or its {@code perspective}'s). One withheld from the readers of the including scorecard shows
     * only its weight and why it has no score: no id, unit, scorecard or perspective.
     */
    record IncludeNode(Long includeId, Long unitId, String unit, Long scorecardId, String scorecard, String perspective,
                       BigDecimal weight, BigDecimal score, String status, String reason) {

        static IncludeNode of(ScorecardInclude row, IncludedResult r) {
            if (StoredScorecard.withheld(r)) {
                return new IncludeNode(null, null, null, null, null, null, row.weight(), null, r.status().key(), r.reason());
            }
            return new IncludeNode(row.id(), row.childUnitId(), row.childUnit(), row.childScorecardId(),
                    row.childScorecard(), row.childPerspective(), row.weight(), plain(r.score()), r.status().key(),
                    r.reason());
        }
    }

    private static List<IncludeNode> includes(List<ScorecardInclude> rows, List<IncludedResult> results) {
        if (results.isEmpty()) {
            return List.of();
        }
        List<IncludeNode> nodes = new ArrayList<>(results.size());
        for (int i = 0; i < results.size(); i++) {
            nodes.add(IncludeNode.of(rows.get(i), results.get(i)));
        }
        return nodes;
    }

    /**
     * A KPI's result. {@code trend} is the score change against the previous period (null when either has no
     * score); {@code completeness} is present ÷ expected native periods; {@code pending} says that a value for
     * exactly this period awaits approval and so does not count yet. {@code budget}, {@code stretch} and
     * {@code priorYear} stand beside the target (see {@link Compared}), each with the actual's variance to it as a
     * value and a percent; snapshots kept before they existed have them null.
     */
    record KpiNode(long id, String code, String name, String unit, String polarity, BigDecimal weight,
                   BigDecimal actual, BigDecimal target, BigDecimal score, String status, String reason,
                   BigDecimal completeness, BigDecimal trend, boolean pending, BigDecimal budget, BigDecimal stretch,
                   BigDecimal priorYear, BigDecimal targetVariance, BigDecimal targetVariancePercent,
                   BigDecimal budgetVariance, BigDecimal budgetVariancePercent, BigDecimal stretchVariance,
                   BigDecimal stretchVariancePercent, BigDecimal priorYearVariance,
                   BigDecimal priorYearVariancePercent, Explanation explanation) {

        /** A KPI's result without comparisons. */
        KpiNode(long id, String code, String name, String unit, String polarity, BigDecimal weight, BigDecimal actual,
                BigDecimal target, BigDecimal score, String status, String reason, BigDecimal completeness,
                BigDecimal trend, boolean pending, Explanation explanation) {
            this(id, code, name, unit, polarity, weight, actual, target, score, status, reason, completeness, trend,
                    pending, Compared.NONE, explanation);
        }

        KpiNode(long id, String code, String name, String unit, String polarity, BigDecimal weight, BigDecimal actual,
                BigDecimal target, BigDecimal score, String status, String reason, BigDecimal completeness,
                BigDecimal trend, boolean pending, Compared c, Explanation explanation) {
            this(id, code, name, unit, polarity, weight, actual, target, score, status, reason, completeness, trend,
                    pending, c.budget(), c.stretch(), c.priorYear(), c.targetVariance(), c.targetVariancePercent(),
                    c.budgetVariance(), c.budgetVariancePercent(), c.stretchVariance(), c.stretchVariancePercent(),
                    c.priorYearVariance(), c.priorYearVariancePercent(), explanation);
        }
    }

    static ScorecardNode of(EvaluationService.ScorecardEvaluation e, boolean explain) {
        Evaluation ev = e.current();
        StoredScorecard s = e.stored();
        Map<String, Double> trends = e.trends();
        List<PerspectiveNode> perspectives = ev.perspectives().stream().map(p -> perspective(s, p, trends, explain)).toList();
        return new ScorecardNode(s.scorecard().id(), s.scorecard().name(), ev.period().key(), ev.view().key(),
                plain(ev.score()), ev.status().key(), ev.reason(), explain ? ev.explanation() : null, null, null, null,
                perspectives);
    }

    private static PerspectiveNode perspective(StoredScorecard s, PerspectiveResult p, Map<String, Double> trends, boolean explain) {
        Perspective stored = s.perspective(p.name());
        return new PerspectiveNode(stored.id(), stored.name(), stored.weight(), plain(p.score()), p.status().key(),
                p.reason(), explain ? p.explanation() : null,
                p.objectives().stream().map(o -> objective(s, o, trends, explain)).toList(),
                includes(s.includesOf(stored.id(), false), p.included()));
    }

    private static ObjectiveNode objective(StoredScorecard s, ObjectiveResult o, Map<String, Double> trends, boolean explain) {
        Objective stored = s.objective(o.code());
        return new ObjectiveNode(stored.id(), stored.code(), stored.name(), stored.weight(), plain(o.score()),
                o.status().key(), o.reason(), explain ? o.explanation() : null,
                o.kpis().stream().map(k -> kpi(s.kpi(k.code()), k, trends.get(k.code()),
                        s.isPending(k.code(), k.period().key()), explain)).toList(),
                includes(s.includesOf(stored.id(), true), o.included()));
    }

    static KpiNode kpi(Kpi stored, KpiResult k, Double trend, boolean pending, boolean explain) {
        return new KpiNode(stored.id(), stored.code(), stored.name(), stored.unit(), stored.scoring().polarity().key(), stored.scoring().weight(),
                plain(k.actual()), plain(k.target()), plain(k.score()), k.status().key(), k.reason(),
                plain(k.completeness()), plain(trend), pending, Compared.of(k), explain ? k.explanation() : null);
    }
}
