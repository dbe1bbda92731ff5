package dev.fourfold.scoring;

import dev.fourfold.shared.Frequency;
import dev.fourfold.shared.Period;

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

    /** The first calendar month of {@code period}. */
    public Period firstMonthOf(Period period) {
        return month(window(period).start());
    }

    /** The last calendar month of {@code period}. */
    public Period lastMonthOf(Period period) {
        return month(window(period).end() - 1);
    }

    /** The fiscal year that contains {@code period}. */
    public Period fiscalYearOf(Period period) {
        return new Period(Math.floorDiv(window(period).start() - offset(Frequency.YEARLY), 12), Frequency.YEARLY, 1);
    }

    /** The native period of {@code frequency} that contains the first month of {@code period}. */
    public Period periodOf(Period period, Frequency frequency) {
        return nativePeriod(frequency, nativeIndexOfMonth(frequency, window(period).start()));
    }

    /** Months covered by {@code period}. */
    Window window(Period period) {
        int start = switch (period.frequency()) {
            case MONTHLY -> period.year() * 12 + period.index() - 1;
            case QUARTERLY -> period.year() * 12 + offset(Frequency.QUARTERLY) + (period.index() - 1) * 3;
            case YEARLY -> period.year() * 12 + offset(Frequency.YEARLY);
        };
        return new Window(start, start + period.frequency().months());
    }

    /** Months the actuals of a view cover: the period, or the fiscal year from its start to the period's end. */
    Window actualWindow(Period period, View view) {
        Window w = window(period);
        return view == View.PERIOD ? w : new Window(fiscalYearStart(w.end() - 1), w.end());
    }

    /** The whole fiscal year that contains the last month of {@code period}. */
    Window fiscalYearWindow(Period period) {
        int start = fiscalYearStart(window(period).end() - 1);
        return new Window(start, start + 12);
    }

    int fiscalYearStart(int month) {
        int offset = offset(Frequency.YEARLY);
        return Math.floorDiv(month - offset, 12) * 12 + offset;
    }

    /** Native periods start at this month ordinal modulo their length: calendar months, fiscal quarters and years. */
    int offset(Frequency frequency) {
        return frequency == Frequency.MONTHLY ? 0 : firstMonth - 1;
    }

    int nativeIndex(Period period) {
        int perYear = 12 / period.frequency().months();
        return period.year() * perYear + period.index() - 1;
    }

    int nativeIndexOfMonth(Frequency frequency, int month) {
        return Math.floorDiv(month - offset(frequency), frequency.months());
    }

    Period nativePeriod(Frequency frequency, int index) {
        int perYear = 12 / frequency.months();
        return new Period(Math.floorDiv(index, perYear), frequency, Math.floorMod(index, perYear) + 1);
    }

    /** What {@link #yearEarlier} answers for a native period that has none a year earlier. */
    static final int NO_PERIOD = Integer.MIN_VALUE;

    /**
     * The native period one year before native period {@code index} of {@code frequency}: the same month a year
     * earlier, the same fiscal quarter of the previous fiscal year, the previous fiscal year. The one place that
     * knows what "a year earlier" is (prior-year comparisons use it for actuals and, through the length it spans, for
     * formulas' windows); {@link #NO_PERIOD} where a period has no counterpart.
     */
    int yearEarlier(Frequency frequency, int index) {
        return switch (frequency) {
            case MONTHLY -> index - 12;
            case QUARTERLY -> index - 4;
            case YEARLY -> index - 1;
        };
    }

    int startMonth(Frequency frequency, int index) {
        return offset(frequency) + index * frequency.months();
    }

    /** First native index lying wholly inside {@code w}. */
    int firstInside(Frequency frequency, Window w) {
        return -Math.floorDiv(-(w.start() - offset(frequency)), frequency.months());
    }

    /** One past the last native index lying wholly inside {@code w}. */
    int endInside(Frequency frequency, Window w) {
        return Math.floorDiv(w.end() - offset(frequency), frequency.months());
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
