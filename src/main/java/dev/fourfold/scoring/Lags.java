package dev.fourfold.scoring;

import dev.fourfold.shared.Frequency;
import dev.fourfold.shared.Period;

import java.time.LocalDate;

/**
 * What lies one lag or one year before a window or a native period of a {@link FiscalCalendar}: the window
 * {@code prev} reads (docs/scoring-rules.md, rule 7) and the periods a prior year compares with. A month or a longer
 * period always has one; a day or a week a year earlier may not (29 February, week 53).
 */
final class Lags {

    /** Marks a lag of one year on a window of days: the same span ending on the same day or week a year earlier. */
    static final int YEAR_LAG = -1;

    /** What {@link #yearEarlier(FiscalCalendar, Frequency, int)} answers for a native period without a counterpart. */
    static final int NO_PERIOD = Integer.MIN_VALUE;

    private Lags() {
    }

    /**
     * The same span one lag earlier; {@code null} when there is none. A lag of {@link #YEAR_LAG} moves a window of
     * days to the same span of the previous fiscal year ending on the same date (none before 29 February) or on the
     * same ISO week (none before a week 53 when the previous week-based year has 52).
     */
    static Window earlier(FiscalCalendar calendar, Window w, int lag) {
        if (lag != YEAR_LAG) {
            return w.shift(-lag);
        }
        if (w.unit() == Window.Unit.DAY) {
            LocalDate last = LocalDate.ofEpochDay(w.end() - 1L);
            if (last.getMonthValue() == 2 && last.getDayOfMonth() == 29) {
                return null;
            }
            int start = FiscalCalendar.firstDay(FiscalCalendar.monthOf(w.start()) - 12);
            return new Window(start, (int) last.minusYears(1).toEpochDay() + 1, w.unit());
        }
        Period week = calendar.nativePeriod(Frequency.WEEKLY, Math.floorDiv(w.end() - 1 + 3, 7));
        if (week.index() > Period.weeksIn(week.year() - 1)) {
            return null;
        }
        return calendar.yearToDate(calendar.window(new Period(week.year() - 1, Frequency.WEEKLY, week.index())));
    }

    /** Why {@link #earlier} has no window: the date or the week the previous year lacks. */
    static String noYearEarlier(Window w) {
        if (w.unit() == Window.Unit.DAY) {
            return "no 29 February a year before " + LocalDate.ofEpochDay(w.end() - 1L);
        }
        return "no week 53 a year before " + new FiscalCalendar(1).nativePeriod(Frequency.WEEKLY, Math.floorDiv(w.end() + 2, 7));
    }

    /**
     * The native period one year before native period {@code index} of {@code frequency}: the same day, ISO week
     * number or month a year earlier, the same fiscal quarter of the previous fiscal year, the previous fiscal year.
     * The one place that knows what "a year earlier" is for a native period (prior-year comparisons use it);
     * {@link #NO_PERIOD} where a period has no counterpart: 29 February, and week 53 when the previous week-based
     * year has 52 weeks.
     */
    static int yearEarlier(FiscalCalendar calendar, Frequency frequency, int index) {
        return switch (frequency) {
            case DAILY -> {
                LocalDate day = LocalDate.ofEpochDay(index);
                yield day.getMonthValue() == 2 && day.getDayOfMonth() == 29 ? NO_PERIOD : (int) day.minusYears(1).toEpochDay();
            }
            case WEEKLY -> {
                Period week = calendar.nativePeriod(frequency, index);
                yield week.index() > Period.weeksIn(week.year() - 1) ? NO_PERIOD
                        : calendar.nativeIndex(new Period(week.year() - 1, frequency, week.index()));
            }
            case MONTHLY -> index - 12;
            case QUARTERLY -> index - 4;
            case YEARLY -> index - 1;
        };
    }

    /**
     * The window a view reads one year earlier ({@code null} when there is none): a day's, a week's and a month-based
     * period's counterpart in the period view (see {@link #yearEarlier(FiscalCalendar, Frequency, int)}); in the other
     * views the same span a year earlier (see {@link #earlier}).
     */
    static Window yearEarlier(FiscalCalendar calendar, Window w, View view) {
        if (w.inMonths()) {
            return w.shift(-12);
        }
        if (view != View.PERIOD) {
            return earlier(calendar, w, YEAR_LAG);
        }
        Frequency frequency = w.unit() == Window.Unit.WEEK ? Frequency.WEEKLY : Frequency.DAILY;
        int index = yearEarlier(calendar, frequency, calendar.nativeIndexOfDay(frequency, w.start()));
        return index == NO_PERIOD ? null : calendar.nativeWindow(frequency, index);
    }
}
