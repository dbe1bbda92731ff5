package dev.fourfold.scoring;

import dev.fourfold.shared.Frequency;
import dev.fourfold.shared.Period;

import java.time.LocalDate;

/**
 * Which calendar months a period covers, given the month in which the fiscal year starts
 * (docs/scoring-rules.md, rule 1): fiscal years and quarters are named by the calendar year in which the fiscal year
 * starts, so with a start in April {@code 2026} is April 2026 – March 2027 and {@code 2026-Q1} is April–June 2026;
 * months are calendar months.
 *
 * <p>Internally a month is an ordinal ({@code year × 12 + month − 1}) and a period is a half-open window of
 * ordinals; a KPI's native periods are numbered by a native ordinal (months, fiscal quarters or fiscal years).
 *
 * @param firstMonth the calendar month (1–12) in which the fiscal year starts
 */
public record FiscalCalendar(int firstMonth) {

    public FiscalCalendar {
        if (firstMonth < 1 || firstMonth > 12) {
            throw new IllegalArgumentException("the fiscal year starts in a month 1–12, not " + firstMonth);
        }
    }

    /** The first calendar month of {@code period} (for a day or a week, of the month that counts it). */
    public Period firstMonthOf(Period period) {
        return month(monthWindow(period).start());
    }

    /** The last calendar month of {@code period} (for a day or a week, of the month that counts it). */
    public Period lastMonthOf(Period period) {
        return month(monthWindow(period).end() - 1);
    }

    /** The fiscal year that contains {@code period} (a week: the one that contains its Thursday). */
    public Period fiscalYearOf(Period period) {
        return new Period(Math.floorDiv(monthWindow(period).start() - offset(Frequency.YEARLY), 12), Frequency.YEARLY, 1);
    }

    /** The native period of {@code frequency} that contains the start of {@code period}. */
    public Period periodOf(Period period, Frequency frequency) {
        return nativePeriod(frequency, nativeIndexAt(frequency, window(period)));
    }

    /** The months of a month-based period, or the month that counts a day or a week (rule 1). */
    private Window monthWindow(Period period) {
        Window w = window(period);
        if (w.inMonths()) {
            return w;
        }
        int month = monthOf(anchor(w));
        return new Window(month, month + 1);
    }

    /** Months covered by a month-based period; the days of a day or a week. */
    Window window(Period period) {
        int start = switch (period.frequency()) {
            case DAILY -> {
                int day = (int) period.firstDay(firstMonth).toEpochDay();
                yield day;
            }
            case WEEKLY -> 7 * nativeIndex(period) - 3;
            case MONTHLY -> period.year() * 12 + period.index() - 1;
            case QUARTERLY -> period.year() * 12 + offset(Frequency.QUARTERLY) + (period.index() - 1) * 3;
            case YEARLY -> period.year() * 12 + offset(Frequency.YEARLY);
        };
        return switch (period.frequency()) {
            case DAILY -> new Window(start, start + 1, Window.Unit.DAY);
            case WEEKLY -> new Window(start, start + 7, Window.Unit.WEEK);
            default -> new Window(start, start + period.frequency().months());
        };
    }

    /**
     * What the actuals of a view cover: the period, or the fiscal year from its start to the period's end. For a day
     * or a week the fiscal year is the one that contains the day or the week's Thursday, and the span ends at the
     * latest on that fiscal year's last day.
     */
    Window actualWindow(Period period, View view) {
        Window w = window(period);
        if (view == View.PERIOD) {
            return w;
        }
        if (w.inMonths()) {
            return new Window(fiscalYearStart(w.end() - 1), w.end());
        }
        return yearToDate(w);
    }

    Window yearToDate(Window w) {
        int yearStart = fiscalYearStart(monthOf(anchor(w)));
        int yearEnd = firstDay(yearStart + 12);
        return new Window(firstDay(yearStart), Math.min(w.end(), yearEnd), w.unit());
    }

    /** The whole fiscal year that contains the last month of {@code period} (a day or a week: its anchor). */
    Window fiscalYearWindow(Period period) {
        Window w = window(period);
        int start = fiscalYearStart(w.inMonths() ? w.end() - 1 : monthOf(anchor(w)));
        return new Window(start, start + 12);
    }

    /** The day a day window is placed by: its last day, or a week's Thursday. */
    private static int anchor(Window w) {
        return w.unit() == Window.Unit.WEEK ? w.end() - 4 : w.end() - 1;
    }

    int fiscalYearStart(int month) {
        int offset = offset(Frequency.YEARLY);
        return Math.floorDiv(month - offset, 12) * 12 + offset;
    }

    /** Native periods start at this month ordinal modulo their length: calendar months, fiscal quarters and years. */
    int offset(Frequency frequency) {
        return frequency == Frequency.MONTHLY ? 0 : firstMonth - 1;
    }

    /**
     * The native ordinal of a period: months, fiscal quarters and fiscal years counted from year 0, days as epoch days,
     * weeks counted so that week {@code k}'s Thursday is epoch day {@code 7k} (1 January 1970 was a Thursday).
     */
    int nativeIndex(Period period) {
        return switch (period.frequency()) {
            case DAILY -> (int) period.firstDay(firstMonth).toEpochDay();
            case WEEKLY -> Math.floorDiv((int) period.anchorDay().toEpochDay(), 7);
            default -> {
                int perYear = 12 / period.frequency().months();
                yield period.year() * perYear + period.index() - 1;
            }
        };
    }

    int nativeIndexOfMonth(Frequency frequency, int month) {
        return frequency.isMonthBased() ? Math.floorDiv(month - offset(frequency), frequency.months())
                : nativeIndexOfDay(frequency, firstDay(month));
    }

    /** The native period of {@code frequency} that contains epoch day {@code day}. */
    int nativeIndexOfDay(Frequency frequency, int day) {
        return switch (frequency) {
            case DAILY -> day;
            case WEEKLY -> Math.floorDiv(day + 3, 7);
            default -> nativeIndexOfMonth(frequency, monthOf(day));
        };
    }

    /** The native period of {@code frequency} that contains the start of {@code w}. */
    int nativeIndexAt(Frequency frequency, Window w) {
        return w.inMonths() ? nativeIndexOfMonth(frequency, w.start()) : nativeIndexOfDay(frequency, w.start());
    }

    Period nativePeriod(Frequency frequency, int index) {
        if (frequency == Frequency.DAILY) {
            LocalDate d = LocalDate.ofEpochDay(index);
            return new Period(d.getYear(), frequency, d.getDayOfYear());
        }
        if (frequency == Frequency.WEEKLY) {
            LocalDate thursday = LocalDate.ofEpochDay(7L * index);
            return new Period(thursday.getYear(), frequency, (thursday.getDayOfYear() - 1) / 7 + 1);
        }
        int perYear = 12 / frequency.months();
        return new Period(Math.floorDiv(index, perYear), frequency, Math.floorMod(index, perYear) + 1);
    }

    /** The window of one native period. */
    Window nativeWindow(Frequency frequency, int index) {
        return switch (frequency) {
            case DAILY -> new Window(index, index + 1, Window.Unit.DAY);
            case WEEKLY -> new Window(7 * index - 3, 7 * index + 4, Window.Unit.WEEK);
            default -> {
                int start = offset(frequency) + index * frequency.months();
                yield new Window(start, start + frequency.months());
            }
        };
    }

    /** The epoch day on which native period {@code index} starts. */
    int startDay(Frequency frequency, int index) {
        Window w = nativeWindow(frequency, index);
        return w.inMonths() ? firstDay(w.start()) : w.start();
    }

    /**
     * Whether a native period of {@code frequency} can count in {@code w} at all: a window shorter than the
     * frequency has no value (rule 2).
     */
    boolean fits(Frequency frequency, Window w) {
        if (frequency.isMonthBased()) {
            Window months = w.inMonths() ? w : monthsInside(w);
            return months.length() >= frequency.months();
        }
        return frequency == Frequency.DAILY || w.unit() != Window.Unit.DAY || endInside(frequency, w) > firstInside(frequency, w);
    }

    /**
     * First native index counting in {@code w} (rule 2): a month-based period wholly inside it, a day inside it, a
     * week whose Thursday is inside it (in a span ending on a day: a week that has also ended by then).
     */
    int firstInside(Frequency frequency, Window w) {
        if (frequency.isMonthBased()) {
            Window months = w.inMonths() ? w : monthsInside(w);
            return -Math.floorDiv(-(months.start() - offset(frequency)), frequency.months());
        }
        int day = w.inMonths() ? firstDay(w.start()) : w.start();
        return frequency == Frequency.DAILY ? day : -Math.floorDiv(-day, 7);
    }

    /** One past the last native index counting in {@code w}. */
    int endInside(Frequency frequency, Window w) {
        if (frequency.isMonthBased()) {
            Window months = w.inMonths() ? w : monthsInside(w);
            return Math.floorDiv(months.end() - offset(frequency), frequency.months());
        }
        int day = w.inMonths() ? firstDay(w.end()) : w.end();
        if (frequency == Frequency.DAILY) {
            return day;
        }
        int end = w.unit() == Window.Unit.DAY ? Math.floorDiv(day + 3, 7) : -Math.floorDiv(-day, 7);
        return Math.max(end, firstInside(frequency, w));
    }

    /** The months wholly inside a window of days (an empty window when none is). */
    private static Window monthsInside(Window days) {
        int first = monthOf(days.start());
        if (firstDay(first) < days.start()) {
            first++;
        }
        int end = monthOf(days.end());
        return new Window(first, Math.max(first, end));
    }

    /** The month ordinal of epoch day {@code day}. */
    static int monthOf(int day) {
        LocalDate d = LocalDate.ofEpochDay(day);
        return d.getYear() * 12 + d.getMonthValue() - 1;
    }

    /** The epoch day of the first day of month ordinal {@code month}. */
    static int firstDay(int month) {
        return (int) LocalDate.of(Math.floorDiv(month, 12), Math.floorMod(month, 12) + 1, 1).toEpochDay();
    }

    /** The period key without {@code String.format}, which is slow enough to matter on paths run per KPI. */
    static String key(Period period) {
        if (period.frequency() != Frequency.MONTHLY) {
            return period.key();
        }
        return period.year() + (period.index() < 10 ? "-0" : "-") + period.index();
    }

    /** The key of a month ordinal, {@code 2026-03}, for any year a lag can reach (no period is made). */
    static String monthKey(int ordinal) {
        int month = Math.floorMod(ordinal, 12) + 1;
        return Math.floorDiv(ordinal, 12) + (month < 10 ? "-0" : "-") + month;
    }

    static Period month(int ordinal) {
        return new Period(Math.floorDiv(ordinal, 12), Frequency.MONTHLY, Math.floorMod(ordinal, 12) + 1);
    }
}
