package dev.fourfold.kpi;

import dev.fourfold.shared.Frequency;
import dev.fourfold.shared.Period;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Which periods of a KPI are open for entry on a day, and when their values are due. A value is due
 * {@code graceDays} after its period ends; a period stays open from its start until its due date has passed by more
 * than one period (that is, until the next period's value is due), so a late value can still be entered for a while
 * and shows as overdue meanwhile. The day is always passed in: whoever asks reads the clock.
 */
public final class OpenPeriods {

    /** No frequency keeps more periods open than this (days with the longest grace). */
    private static final int MOST = 400;

    private OpenPeriods() {
    }

    /** The open periods of a KPI on {@code today}, oldest first; the last is the one {@code today} lies in. */
    public static List<Period> of(Frequency frequency, int graceDays, LocalDate today, int fiscalYearStart) {
        List<Period> open = new ArrayList<>();
        Period p = containing(frequency, today, fiscalYearStart);
        open.add(p);
        for (int i = 0; i < MOST; i++) {
            Period before = p.previous();
            if (today.isAfter(due(p, graceDays, fiscalYearStart))) {
                break; // the period after `before` is due already: `before` is closed
            }
            open.add(0, before);
            p = before;
        }
        return List.copyOf(open);
    }

    /** The day a period's value is due: its last day plus the grace days. */
    public static LocalDate due(Period period, int graceDays, int fiscalYearStart) {
        return period.lastDay(fiscalYearStart).plusDays(graceDays);
    }

    /** Whether the period's value is overdue on {@code today} (whatever value it has). */
    public static boolean pastDue(Period period, int graceDays, LocalDate today, int fiscalYearStart) {
        return today.isAfter(due(period, graceDays, fiscalYearStart));
    }

    /**
     * The open periods whose due date has passed on {@code today}, oldest first: those whose value is overdue
     * unless an approved one is in.
     */
    public static List<Period> pastDue(Frequency frequency, int graceDays, LocalDate today, int fiscalYearStart) {
        return of(frequency, graceDays, today, fiscalYearStart).stream()
                .filter(p -> pastDue(p, graceDays, today, fiscalYearStart)).toList();
    }

    /** The period of the frequency that contains the day (quarters and years follow the fiscal year). */
    public static Period containing(Frequency frequency, LocalDate day, int fiscalYearStart) {
        int fiscalYear = day.getMonthValue() >= fiscalYearStart ? day.getYear() : day.getYear() - 1;
        int monthInYear = Math.floorMod(day.getMonthValue() - fiscalYearStart, 12);
        return switch (frequency) {
            case DAILY -> Period.day(day);
            case WEEKLY -> Period.weekOf(day);
            case MONTHLY -> Period.month(day.getYear(), day.getMonthValue());
            case QUARTERLY -> Period.quarter(fiscalYear, monthInYear / 3 + 1);
            case YEARLY -> Period.year(fiscalYear);
        };
    }
}
