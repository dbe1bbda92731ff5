package dev.fourfold.shared;

import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period named by its key: {@code 2026} (a fiscal year), {@code 2026-Q3} (a fiscal quarter) or
 * {@code 2026-07} (a calendar month). Fiscal years and quarters are named by the calendar year in which the
 * fiscal year starts; which months they cover depends on the organisation's fiscal-year start month.
 *
 * <p>Supported periods lie in the years {@value #FIRST_YEAR}–{@value #LAST_YEAR}: {@link #parse} and the factories
 * {@link #month}, {@link #quarter} and {@link #year} refuse others, so no value, target or lock can be recorded
 * outside them. Periods derived by arithmetic may step just outside (the month before {@code 1900-01}, the months
 * of a fiscal year that starts in 2199 and ends in 2200); they simply hold no data.
 *
 * @param year   the calendar year (months) or the calendar year in which the fiscal year starts (quarters, years)
 * @param frequency the granularity: monthly, quarterly or yearly
 * @param index  the month 1–12, the quarter 1–4, or 1 for a year
 */
public record Period(int year, Frequency frequency, int index) implements Comparable<Period> {

    /** The first year of a supported period. */
    public static final int FIRST_YEAR = 1900;

    /** The last year of a supported period. */
    public static final int LAST_YEAR = 2199;

    private static final Pattern KEY = Pattern.compile("(\\d{4})(?:-(?:(\\d{2})|Q([1-4])))?");

    public Period {
        if (frequency == null) {
            throw new IllegalArgumentException("frequency is required");
        }
        if (year < 1000 || year > 9999) {
            throw new IllegalArgumentException("year " + year + " is outside 1000-9999");
        }
        int max = switch (frequency) {
            case MONTHLY -> 12;
            case QUARTERLY -> 4;
            case YEARLY -> 1;
        };
        if (index < 1 || index > max) {
            throw new IllegalArgumentException("index " + index + " is outside 1-" + max + " for a " + frequency.key() + " period");
        }
    }

    /** A calendar month of the supported years. */
    public static Period month(int year, int month) {
        return new Period(supported(year), Frequency.MONTHLY, month);
    }

    /** A fiscal quarter of the supported years. */
    public static Period quarter(int year, int quarter) {
        return new Period(supported(year), Frequency.QUARTERLY, quarter);
    }

    /** A fiscal year of the supported years. */
    public static Period year(int year) {
        return new Period(supported(year), Frequency.YEARLY, 1);
    }

    private static int supported(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException("year " + year + " is outside the supported years " + FIRST_YEAR
                    + " to " + LAST_YEAR);
        }
        return year;
    }

    /**
     * Parses a period key of the supported years.
     *
     * @throws IllegalArgumentException with a message naming the expected forms, or the supported years
     */
    public static Period parse(String key) {
        if (key != null) {
            Matcher m = KEY.matcher(key.strip());
            if (m.matches()) {
                int year = Integer.parseInt(m.group(1));
                if (year < FIRST_YEAR || year > LAST_YEAR) {
                    throw new IllegalArgumentException("'" + key.strip() + "' is outside the supported periods: years "
                            + FIRST_YEAR + " to " + LAST_YEAR);
                }
                if (m.group(2) != null) {
                    int month = Integer.parseInt(m.group(2));
                    if (month >= 1 && month <= 12) {
                        return month(year, month);
                    }
                } else if (m.group(3) != null) {
                    return quarter(year, Integer.parseInt(m.group(3)));
                } else {
                    return year(year);
                }
            }
        }
        throw new IllegalArgumentException("'" + key + "' is not a period; expected a year (2026), a quarter (2026-Q3) or a month (2026-07)");
    }

    /** The key: {@code 2026}, {@code 2026-Q3} or {@code 2026-07}. */
    public String key() {
        return switch (frequency) {
            case MONTHLY -> year + (index < 10 ? "-0" : "-") + index;
            case QUARTERLY -> year + "-Q" + index;
            case YEARLY -> Integer.toString(year);
        };
    }

    /**
     * The first calendar month of this period, given the fiscal-year start month (1–12). Months are calendar
     * months; quarters and years follow the fiscal year, named by the calendar year in which it starts.
     */
    public YearMonth firstMonth(int fiscalYearStart) {
        return switch (frequency) {
            case MONTHLY -> YearMonth.of(year, index);
            case QUARTERLY -> YearMonth.of(year, fiscalYearStart).plusMonths(3L * (index - 1));
            case YEARLY -> YearMonth.of(year, fiscalYearStart);
        };
    }

    /** The last calendar month of this period, given the fiscal-year start month. */
    public YearMonth lastMonth(int fiscalYearStart) {
        return firstMonth(fiscalYearStart).plusMonths(frequency.months() - 1L);
    }

    /** The next period of the same frequency. */
    public Period next() {
        return plus(1);
    }

    /** The previous period of the same frequency. */
    public Period previous() {
        return plus(-1);
    }

    /** The period {@code n} periods of the same frequency after this one (before, for negative n). */
    public Period plus(int n) {
        int perYear = 12 / frequency.months();
        int ordinal = year * perYear + (index - 1) + n;
        return new Period(Math.floorDiv(ordinal, perYear), frequency, Math.floorMod(ordinal, perYear) + 1);
    }

    /** Orders by start (year, then index); periods of different frequencies are ordered by frequency last. */
    @Override
    public int compareTo(Period other) {
        int c = Integer.compare(year, other.year);
        if (c == 0) {
            c = Integer.compare(index * frequency.months(), other.index * other.frequency.months());
        }
        return c != 0 ? c : frequency.compareTo(other.frequency);
    }

    @Override
    public String toString() {
        return key();
    }
}
