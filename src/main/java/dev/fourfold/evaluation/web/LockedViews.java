package dev.fourfold.evaluation.web;

import dev.fourfold.evaluation.EvaluationService.At;
import dev.fourfold.scoring.View;
import dev.fourfold.shared.Period;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which views a period lock freezes. A view of a period reads the months of its window: the period itself
 * ({@code period}), the fiscal year up to the period's end ({@code ytd}), or the whole fiscal year ({@code year}, whose
 * target is the full year's). A lock freezes every view whose window lies inside the locked period — of the locked
 * period and of every period it contains (a locked year: its quarters and months, in all three views). A view whose
 * window reaches past the locked period is computed live.
 *
 * @param fiscalYearStart the calendar month (1–12) in which the fiscal year starts
 */
record LockedViews(int fiscalYearStart) {

    /** The key of a view in a lock's snapshot: {@code 2026-03/ytd}. */
    static String key(Period period, View view) {
        return period.key() + "/" + view.key();
    }

    /** The views the lock of {@code locked} freezes, the locked period's own {@code period} view first. */
    List<At> frozenBy(Period locked) {
        Set<Period> contained = new LinkedHashSet<>();
        contained.add(locked);
        for (YearMonth m = first(locked); !m.isAfter(last(locked)); m = m.plusMonths(1)) {
            int fiscalYear = fiscalYearStartOf(m).getYear();
            int quarter = (int) (fiscalYearStartOf(m).until(m, ChronoUnit.MONTHS) / 3) + 1;
            for (Period p : List.of(Period.month(m.getYear(), m.getMonthValue()), Period.quarter(fiscalYear, quarter),
                    Period.year(fiscalYear))) {
                if (inside(locked, first(p), last(p))) {
                    contained.add(p);
                }
            }
        }
        List<At> frozen = new ArrayList<>();
        List<Period> longestFirst = contained.stream()
                .sorted((a, b) -> Integer.compare(b.frequency().months(), a.frequency().months())).toList();
        for (Period p : longestFirst) {
            for (View v : View.values()) {
                if (covers(locked, p, v)) {
                    frozen.add(new At(p, v));
                }
            }
        }
        return frozen;
    }

    /** Whether the lock of {@code locked} freezes the view of {@code period}: its window lies inside. */
    boolean covers(Period locked, Period period, View view) {
        YearMonth[] w = window(period, view);
        return inside(locked, w[0], w[1]);
    }

    /** Whether the view of {@code period} reads any month of {@code locked}. */
    boolean overlaps(Period locked, Period period, View view) {
        YearMonth[] w = window(period, view);
        return !w[0].isAfter(last(locked)) && !w[1].isBefore(first(locked));
    }

    /** The first and last month a view of a period reads. */
    private YearMonth[] window(Period period, View view) {
        YearMonth end = last(period);
        return switch (view) {
            case PERIOD -> new YearMonth[] {first(period), end};
            case YTD -> new YearMonth[] {fiscalYearStartOf(end), end};
            case YEAR -> new YearMonth[] {fiscalYearStartOf(end), fiscalYearStartOf(end).plusMonths(11)};
        };
    }

    private boolean inside(Period locked, YearMonth first, YearMonth last) {
        return !first.isBefore(first(locked)) && !last.isAfter(last(locked));
    }

    private YearMonth fiscalYearStartOf(YearMonth month) {
        return YearMonth.of(month.getMonthValue() >= fiscalYearStart ? month.getYear() : month.getYear() - 1, fiscalYearStart);
    }

    private YearMonth first(Period p) {
        return p.firstMonth(fiscalYearStart);
    }

    private YearMonth last(Period p) {
        return p.lastMonth(fiscalYearStart);
    }
}
