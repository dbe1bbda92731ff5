package dev.fourfold.evaluation;

import dev.fourfold.evaluation.EvaluationService.At;
import dev.fourfold.scoring.View;
import dev.fourfold.shared.Period;
import java.time.LocalDate;
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
 * period and of every period it contains (a locked year: its quarters and months, in all three views; days and weeks
 * are kept only when they are what was locked). A view whose window reaches past the locked period is computed live.
 *
 * @param fiscalYearStart the calendar month (1–12) in which the fiscal year starts
 */
public record LockedViews(int fiscalYearStart) {

    /** The key of a view in a lock's snapshot: {@code 2026-03/ytd}. */
    public static String key(Period period, View view) {
        return period.key() + "/" + view.key();
    }

    /** The views the lock of {@code locked} freezes, the locked period's own {@code period} view first. */
    public List<At> frozenBy(Period locked) {
        Set<Period> contained = new LinkedHashSet<>();
        contained.add(locked);
        YearMonth lastMonth = locked.frequency().isMonthBased() ? locked.lastMonth(fiscalYearStart) : null;
        for (YearMonth m = locked.firstMonth(fiscalYearStart); lastMonth != null && !m.isAfter(lastMonth); m = m.plusMonths(1)) {
            int fiscalYear = fiscalYearStartOf(m).getYear();
            int quarter = (int) (fiscalYearStartOf(m).until(m, ChronoUnit.MONTHS) / 3) + 1;
            for (Period p : List.of(Period.month(m.getYear(), m.getMonthValue()), Period.quarter(fiscalYear, quarter),
                    Period.year(fiscalYear))) {
                if (covers(locked, p, View.PERIOD)) {
                    contained.add(p);
                }
            }
        }
        List<At> frozen = new ArrayList<>();
        List<Period> longestFirst = contained.stream()
                .sorted((a, b) -> b.frequency().compareTo(a.frequency())).toList();
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
    public boolean covers(Period locked, Period period, View view) {
        LocalDate[] w = window(period, view);
        return !w[0].isBefore(locked.firstDay(fiscalYearStart)) && !w[1].isAfter(locked.lastDay(fiscalYearStart));
    }

    /** Whether the view of {@code period} reads any day of {@code locked}. */
    public boolean overlaps(Period locked, Period period, View view) {
        LocalDate[] w = window(period, view);
        return !w[0].isAfter(locked.lastDay(fiscalYearStart)) && !w[1].isBefore(locked.firstDay(fiscalYearStart));
    }

    /**
     * The first and last day a view of a period reads. The fiscal year of a day or a week is the one that holds the
     * day or the week's Thursday; a week's year to date ends at the latest with that year.
     */
    private LocalDate[] window(Period period, View view) {
        LocalDate last = period.lastDay(fiscalYearStart);
        YearMonth anchor = YearMonth.from(period.frequency().isMonthBased() ? last : period.anchorDay());
        LocalDate yearStart = fiscalYearStartOf(anchor).atDay(1);
        LocalDate yearEnd = fiscalYearStartOf(anchor).plusMonths(11).atEndOfMonth();
        return switch (view) {
            case PERIOD -> new LocalDate[] {period.firstDay(fiscalYearStart), last};
            case YTD -> new LocalDate[] {yearStart, last.isAfter(yearEnd) ? yearEnd : last};
            case YEAR -> new LocalDate[] {yearStart, yearEnd};
        };
    }

    private YearMonth fiscalYearStartOf(YearMonth month) {
        return YearMonth.of(month.getMonthValue() >= fiscalYearStart ? month.getYear() : month.getYear() - 1, fiscalYearStart);
    }
}
