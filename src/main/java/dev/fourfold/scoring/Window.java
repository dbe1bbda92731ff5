package dev.fourfold.scoring;

/** A half-open range of month ordinals {@code [start, end)}: the months a value is aggregated over. */
record Window(int start, int end) {

    int length() {
        return end - start;
    }

    Window shift(int months) {
        return new Window(start + months, end + months);
    }

    /** {@code 2026-03}, or {@code 2026-01 to 2026-03} for several months. */
    String describe() {
        String last = FiscalCalendar.monthKey(end - 1);
        return length() == 1 ? last : FiscalCalendar.monthKey(start) + " to " + last;
    }
}
