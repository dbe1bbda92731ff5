package dev.fourfold.scoring;

import dev.fourfold.shared.Period;

/**
 * The windows a view of a period reads, worked out once for all the KPIs of an evaluation.
 *
 * @param actual the months whose actuals count: the period, or its fiscal year to date
 * @param span   the months the view spans: the actuals' window, or the whole fiscal year in the {@code year} view
 * @param year   the fiscal year containing the period's last month
 */
record Windows(Period period, View view, Window actual, Window span, Window year) {

    static Windows of(FiscalCalendar calendar, Period period, View view) {
        Window year = calendar.fiscalYearWindow(period);
        Window actual = calendar.actualWindow(period, view);
        return new Windows(period, view, actual, view == View.YEAR ? year : actual, year);
    }
}
