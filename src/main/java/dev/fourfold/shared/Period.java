package dev.fourfold.shared;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period named by its key: {@code 2026} (a fiscal year), {@code 2026-Q3} (a fiscal quarter),
 * {@code 2026-07} (a calendar month), {@code 2026-W11} (an ISO-8601 week, Monday to Sunday, of a week-based year) or
 * {@code 2026-03-15} (a day). Fiscal years and quarters are named by the calendar year in which the fiscal year
 * starts; which months they cover depends on the organisation's fiscal-year start month.
 *
 * <p>Supported periods lie in the years {@value #FIRST_YEAR}–{@value #LAST_YEAR}: {@link #parse} and the factories
 * {@link #month}, {@link #quarter} and {@link #year} refuse others, so no value, target or lock can be recorded
 * outside them. Periods derived by arithmetic may step just outside (the month before {@code 1900-01}, the months
 * of a fiscal year that starts in 2199 and ends in 2200); they simply hold no data.
 *
 * @param year   the calendar year (days, months), the week-based year (weeks) or the calendar year in which the
 *               fiscal year starts (quarters, years)
 * @param frequency the granularity: daily, weekly, monthly, quarterly or yearly
 * @param index  the day of the year 1–366, the week 1–53, the month 1–12, the quarter 1–4, or 1 for a year
 */
public record Period(int year, Frequency frequency, int index) implements Comparable<Period> {

    /** The first year of a supported period. */
    public static final int FIRST_YEAR = 1900;

    /** The last year of a supported period. */
    public static final int LAST_YEAR = 2199;

    private static final Pattern KEY = Pattern.compile("(\\d{4})(?:-(?:(\\d{2})(?:-(\\d{2}))?|Q([1-4])|W(\\d{2})))?");

    public Period {
        if (frequency == null) {
            throw new IllegalArgumentException("frequency is required");
        }
        if (year < 1000 || year > 9999) {
            throw new IllegalArgumentException("year " + year + " is outside 1000-9999");
        }
        int max = switch (frequency) {
            case DAILY -> LocalDate.ofYearDay(year, 1).lengthOfYear();
            case WEEKLY -> weeksIn(year);
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

    /** A day of the supported years. */
    public static Period day(LocalDate date) {
        return new Period(supported(date.getYear()), Frequency.DAILY, date.getDayOfYear());
    }

    /** The ISO-8601 week {@code week} of the week-based year {@code year} (of the supported years). */
    public static Period week(int year, int week) {
        return new Period(supported(year), Frequency.WEEKLY, week);
    }

    /** The ISO-8601 week that contains {@code date}. */
    public static Period weekOf(LocalDate date) {
        LocalDate thursday = date.plusDays(DayOfWeek.THURSDAY.getValue() - date.getDayOfWeek().getValue());
        return week(thursday.getYear(), (thursday.getDayOfYear() - 1) / 7 + 1);
    }

    /** 53 when the week-based year has a 53rd week (it starts on a Thursday, or on a Wednesday in a leap year), else 52. */
    public static int weeksIn(int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        DayOfWeek d = first.getDayOfWeek();
        return d == DayOfWeek.THURSDAY || d == DayOfWeek.WEDNESDAY && first.isLeapYear() ? 53 : 52;
    }

    /** A fiscal quarter of the supported years. */
    public static Period quarter(int year, int quarter) {
        return new Period(supported(year), Frequency.QUARTERLY, quarter);
    }

    /** A fiscal year of the supported years. */
    public static Period year(int year) {
        return new Period(supported(year), Frequency.YEARLY, 1);
    }

    /**
     * The period of {@code frequency} that holds {@code day}: the day, its ISO week, its calendar month, or the fiscal
     * quarter or year holding it given the fiscal-year start month.
     *
     * @throws IllegalArgumentException when that period lies outside the supported years
     */
    public static Period holding(Frequency frequency, LocalDate day, int fiscalYearStart) {
        if (frequency == Frequency.DAILY) {
            return day(day);
        }
        if (frequency == Frequency.WEEKLY) {
            return weekOf(day);
        }
        if (frequency == Frequency.MONTHLY) {
            return month(day.getYear(), day.getMonthValue());
        }
        int fiscalYear = day.getMonthValue() >= fiscalYearStart ? day.getYear() : day.getYear() - 1;
        int monthsIn = Math.floorMod(day.getMonthValue() - fiscalYearStart, 12);
        return frequency == Frequency.YEARLY ? year(fiscalYear) : quarter(fiscalYear, monthsIn / 3 + 1);
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
                if (m.group(3) != null) {
                    return parseDay(key.strip(), year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                } else if (m.group(2) != null) {
                    int month = Integer.parseInt(m.group(2));
                    if (month >= 1 && month <= 12) {
                        return month(year, month);
                    }
                } else if (m.group(4) != null) {
                    return quarter(year, Integer.parseInt(m.group(4)));
                } else if (m.group(5) != null) {
                    int week = Integer.parseInt(m.group(5));
                    if (week < 1 || week > weeksIn(year)) {
                        throw new IllegalArgumentException("'" + key.strip() + "' is not a week: " + year + " has weeks W01 to W"
                                + weeksIn(year));
                    }
                    return week(year, week);
                } else {
                    return year(year);
                }
            }
        }
        throw new IllegalArgumentException("'" + key + "' is not a period; expected a year (2026), a quarter (2026-Q3), a month "
                + "(2026-07), a week (2026-W11) or a day (2026-03-15)");
    }

    private static Period parseDay(String key, int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
            throw new IllegalArgumentException("'" + key + "' is not a day of the calendar");
        }
        return day(LocalDate.of(year, month, day));
    }

    /** The key: {@code 2026}, {@code 2026-Q3}, {@code 2026-07}, {@code 2026-W11} or {@code 2026-03-15}. */
    public String key() {
        return switch (frequency) {
            case DAILY -> date().toString();
            case WEEKLY -> year + (index < 10 ? "-W0" : "-W") + index;
            case MONTHLY -> year + (index < 10 ? "-0" : "-") + index; // not String.format: hot in imports and views
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
            case DAILY, WEEKLY -> YearMonth.from(firstDay(fiscalYearStart));
            case MONTHLY -> YearMonth.of(year, index);
            case QUARTERLY -> YearMonth.of(year, fiscalYearStart).plusMonths(3L * (index - 1));
            case YEARLY -> YearMonth.of(year, fiscalYearStart);
        };
    }

    /** The last calendar month of this period, given the fiscal-year start month. */
    public YearMonth lastMonth(int fiscalYearStart) {
        return frequency.isMonthBased() ? firstMonth(fiscalYearStart).plusMonths(frequency.months() - 1L)
                : YearMonth.from(lastDay(fiscalYearStart));
    }

    /** The first day of this period (a week's Monday), given the fiscal-year start month. */
    public LocalDate firstDay(int fiscalYearStart) {
        return switch (frequency) {
            case DAILY -> date();
            case WEEKLY -> thursday().minusDays(3);
            default -> firstMonth(fiscalYearStart).atDay(1);
        };
    }

    /** The last day of this period (a week's Sunday), given the fiscal-year start month. */
    public LocalDate lastDay(int fiscalYearStart) {
        return switch (frequency) {
            case DAILY -> date();
            case WEEKLY -> thursday().plusDays(3);
            default -> lastMonth(fiscalYearStart).atEndOfMonth();
        };
    }

    /**
     * The day this period is placed by when it is compared with months, quarters and years: a day itself, a week's
     * Thursday (ISO-8601: a week counts in the month, quarter and year that contain its Thursday).
     */
    public LocalDate anchorDay() {
        return frequency == Frequency.WEEKLY ? thursday() : firstDay(1);
    }

    private LocalDate date() {
        return LocalDate.ofYearDay(year, index);
    }

    private LocalDate thursday() {
        LocalDate jan4 = LocalDate.of(year, 1, 4); // always in week 1
        return jan4.plusDays(DayOfWeek.THURSDAY.getValue() - jan4.getDayOfWeek().getValue() + 7L * (index - 1));
    }

    /** The next period of the same frequency. */
    public Period next() {
        return plus(1);
    }

    /** The previous period of the same frequency. */
    public Period previous() {
        return plus(-1);
    }

    /**
     * The period {@code n} periods of the same frequency away, when it lies in the supported years (a page's
     * previous and next links); empty outside them, where {@link #plus} may step.
     */
    public java.util.Optional<Period> shifted(int n) {
        try {
            return java.util.Optional.of(parse(plus(n).key()));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    /** The period {@code n} periods of the same frequency after this one (before, for negative n). */
    public Period plus(int n) {
        if (frequency == Frequency.DAILY) {
            LocalDate d = date().plusDays(n);
            return new Period(d.getYear(), frequency, d.getDayOfYear());
        }
        if (frequency == Frequency.WEEKLY) {
            LocalDate thursday = thursday().plusWeeks(n);
            return new Period(thursday.getYear(), frequency, (thursday.getDayOfYear() - 1) / 7 + 1);
        }
        int perYear = 12 / frequency.months();
        int ordinal = year * perYear + (index - 1) + n;
        return new Period(Math.floorDiv(ordinal, perYear), frequency, Math.floorMod(ordinal, perYear) + 1);
    }

    /**
     * Orders by year, then by the end of the period within it (in a calendar whose fiscal year starts in January);
     * periods ending on the same day are ordered by frequency, finest first.
     */
    @Override
    public int compareTo(Period other) {
        int c = Integer.compare(year, other.year);
        if (c == 0) {
            c = Integer.compare(endInYear(), other.endInYear());
        }
        return c != 0 ? c : frequency.compareTo(other.frequency);
    }

    /** Days from 1 January of {@code year} to the last day of this period (a week's may fall into the next year). */
    private int endInYear() {
        return switch (frequency) {
            case DAILY -> index;
            case WEEKLY -> (int) ChronoUnit.DAYS.between(LocalDate.of(year, 1, 1), thursday().plusDays(3)) + 1;
            default -> {
                int month = index * frequency.months();
                yield MONTH_ENDS[month - 1] + (month >= 2 && java.time.Year.isLeap(year) ? 1 : 0);
            }
        };
    }

    /** Day of the year on which each month ends in a common year. */
    private static final int[] MONTH_ENDS = {31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365};

    @Override
    public String toString() {
        return key();
    }
}
