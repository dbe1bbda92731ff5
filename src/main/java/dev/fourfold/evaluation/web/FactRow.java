package dev.fourfold.evaluation.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One fact of the BI feed: a KPI at one of its native periods in one view, with the numbers the evaluation API
 * answers for it (exact decimals, never rounded), where it sits, and when any of its inputs last changed.
 * {@code unit} is the organisation unit; {@code kpiUnit} the KPI's unit of measure.
 */
record FactRow(long unitId, String unit, long scorecardId, String scorecard, String perspective,
               String objectiveCode, String objective, long kpiId, String kpiCode, String kpi, @Nullable String kpiUnit,
               String period, String periodStart, String periodEnd, String view, @Nullable BigDecimal actual,
               @Nullable BigDecimal target, @Nullable BigDecimal score, String status,
               @Nullable BigDecimal completeness, @Nullable String reason, Instant updatedAt) {

    /** The CSV header, in the order of {@link #cells()}. */
    static final List<String> HEADER = List.of("unit_id", "unit", "scorecard_id", "scorecard", "perspective",
            "objective_code", "objective", "kpi_id", "kpi_code", "kpi", "kpi_unit", "period", "period_start",
            "period_end", "view", "actual", "target", "score", "status", "completeness", "reason", "updated_at");

    /** The row's CSV cells: ids and numbers as exact decimals, texts as texts, null when missing. */
    List<@Nullable Object> cells() {
        List<@Nullable Object> cells = new ArrayList<>(HEADER.size());
        cells.add(BigDecimal.valueOf(unitId));
        cells.add(unit);
        cells.add(BigDecimal.valueOf(scorecardId));
        cells.add(scorecard);
        cells.add(perspective);
        cells.add(objectiveCode);
        cells.add(objective);
        cells.add(BigDecimal.valueOf(kpiId));
        cells.add(kpiCode);
        cells.add(kpi);
        cells.add(kpiUnit);
        cells.add(period);
        cells.add(periodStart);
        cells.add(periodEnd);
        cells.add(view);
        cells.add(actual);
        cells.add(target);
        cells.add(score);
        cells.add(status);
        cells.add(completeness);
        cells.add(reason);
        cells.add(updatedAt.toString());
        return cells;
    }
}
