package dev.fourfold.scoring;

import java.time.LocalDate;

/**
 * A half-open range {@code [start, end)} of time that values are aggregated over: month ordinals
 * ({@code year × 12 + month − 1}) for months, quarters, years and their spans, or epoch days for a day, a week and
 * the spans that end on one. A day window remembers whether it ends on a week, so that the same span a year earlier
 * ends on the same week of the previous week-based year.
 */
record Window(int start, int end, Unit unit) {

    /** What {@link #start} and {@link #end} count. */
    enum Unit {
        /** Month ordinals. */
        MONTH,
        /** Epoch days, ending on a day. */
        DAY,
        /** Epoch days, ending on a week's Sunday (or on the last day of the fiscal year that holds the week's Thursday). */
        WEEK
    }

    /** A window of month ordinals. */
    Window(int start, int end) {
        this(start, end, Unit.MONTH);
    }

    boolean inMonths() {
        return unit == Unit.MONTH;
    }

    /** Months or days, as the unit counts. */
    int length() {
        return end - start;
    }

    /** The window moved by {@code n} of its units. */
    Window shift(int n) {
        return new Window(start + n, end + n, unit);
    }

    /** {@code 2026-03}, {@code 2026-01 to 2026-03}, {@code 2026-03-15} or {@code 2026-03-09 to 2026-03-15}. */
    String describe() {
        if (inMonths()) {
            String last = FiscalCalendar.monthKey(end - 1);
            return length() == 1 ? last : FiscalCalendar.monthKey(start) + " to " + last;
        }
        String last = LocalDate.ofEpochDay(end - 1L).toString();
        return length() == 1 ? last : LocalDate.ofEpochDay(start) + " to " + last;
    }
}
