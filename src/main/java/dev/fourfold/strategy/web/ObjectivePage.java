package dev.fourfold.strategy.web;

import dev.fourfold.evaluation.LockMark;
import dev.fourfold.evaluation.PeriodPicker;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the page of one objective shows, every number already formatted in the reader's language: the objective's
 * score and status at a period and view, its KPIs with sparklines, its initiatives, the objectives it drives and is
 * driven by, the objective it is aligned to and those of child units aligned to it, how its score came about, and
 * the lock of the shown period, if it is locked.
 */
record ObjectivePage(Head head, List<KpiRow> kpis, List<InitiativeRow> initiatives, List<Linked> drivenBy,
                     List<Linked> drives, @Nullable Linked alignedTo, List<Linked> aligned, @Nullable Explained explained,
                     @Nullable LockMark lock, PeriodPicker picker) {

    /** The objective itself. {@code reason} says why it has no score. */
    record Head(long id, String code, String name, @Nullable String description, @Nullable String owner,
                long scorecardId, String scorecard, String perspective, String period, String view, String score,
                String status, String statusWord, @Nullable String reason, boolean retired) {
    }

    /** A KPI of the objective; {@code input} for one of weight 0 that only feeds a formula. */
    record KpiRow(long id, String code, String name, @Nullable String unit, String actual, String target,
                  String score, String status, String statusWord, @Nullable String reason, boolean input,
                  String sparkline) {
    }

    record InitiativeRow(long id, String name, @Nullable String owner, String status, String progress, String start, String end) {
    }

    /** Another objective: on this scorecard with its score, or on another one (without). */
    record Linked(long id, String code, String name, @Nullable String scorecard, String score, String status,
                  String statusWord) {
    }

    /** A child that counted: {@code kpiId} when it is a KPI of the objective, else it is an included scorecard. */
    record Contribution(String name, @Nullable Long kpiId, String weight, String share, String score,
                        String contribution) {
    }

    record Ignored(String name, @Nullable Long kpiId, String why) {
    }

    /** The roll-up: the rule, each child's part, what was left out, and what set the colour (or why none). */
    record Explained(String rule, List<Contribution> contributions, List<Ignored> ignored, String score,
                     @Nullable String colour, @Nullable String reason, String text) {
    }
}
