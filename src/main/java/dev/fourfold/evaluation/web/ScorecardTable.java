package dev.fourfold.evaluation.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A scorecard's evaluation as one flat table, a row per KPI, for files people open in a spreadsheet or load into a
 * BI tool: the same numbers as the dashboard (a locked period's frozen ones), never rounded.
 */
record ScorecardTable(String scorecard, String period, String view, List<Row> rows) {

    static final List<String> HEADER = List.of("scorecard", "period", "view", "perspective", "objective_code",
            "objective", "kpi_code", "kpi", "unit", "actual", "target", "score", "status", "completeness", "trend",
            "pending", "budget", "stretch", "prior_year");

    /** A KPI's row. Numbers are exact decimals; a missing one is null. */
    record Row(String perspective, String objectiveCode, String objective, String kpiCode, String kpi,
               @Nullable String unit, @Nullable BigDecimal actual, @Nullable BigDecimal target,
               @Nullable BigDecimal score, String status, @Nullable BigDecimal completeness,
               @Nullable BigDecimal trend, boolean pending, @Nullable BigDecimal budget,
               @Nullable BigDecimal stretch, @Nullable BigDecimal priorYear) {
    }

    static ScorecardTable of(EvaluationResponses.ScorecardNode tree) {
        List<Row> rows = new ArrayList<>();
        for (EvaluationResponses.PerspectiveNode p : tree.perspectives()) {
            for (EvaluationResponses.ObjectiveNode o : p.objectives()) {
                for (EvaluationResponses.KpiNode k : o.kpis()) {
                    rows.add(new Row(p.name(), o.code(), o.name(), k.code(), k.name(), k.unit(), k.actual(),
                            k.target(), k.score(), k.status(), k.completeness(), k.trend(), k.pending(), k.budget(),
                            k.stretch(), k.priorYear()));
                }
            }
        }
        return new ScorecardTable(tree.name(), tree.period(), tree.view(), rows);
    }

    /** A row's cells in the order of {@link #HEADER}: texts as texts, numbers as exact decimals, null when missing. */
    List<@Nullable Object> cells(Row r) {
        List<@Nullable Object> cells = new ArrayList<>(HEADER.size());
        cells.add(scorecard);
        cells.add(period);
        cells.add(view);
        cells.add(r.perspective());
        cells.add(r.objectiveCode());
        cells.add(r.objective());
        cells.add(r.kpiCode());
        cells.add(r.kpi());
        cells.add(r.unit());
        cells.add(r.actual());
        cells.add(r.target());
        cells.add(r.score());
        cells.add(r.status());
        cells.add(r.completeness());
        cells.add(r.trend());
        cells.add(r.pending());
        cells.add(r.budget());
        cells.add(r.stretch());
        cells.add(r.priorYear());
        return cells;
    }
}
