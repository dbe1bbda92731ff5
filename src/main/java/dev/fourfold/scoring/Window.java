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
        String last = FiscalCalendar.key(FiscalCalendar.month(end - 1));
        return length() == 1 ? last : FiscalCalendar.key(FiscalCalendar.month(start)) + " to " + last;
    }
}
