package dev.fourfold.scoring;

/**
 * What a KPI's actual is compared with beside its target: its budget and stretch target, like-for-like as the target
 * (over the native periods that have an actual, by the KPI's target aggregation; the full-year figure in the
 * {@code year} view), and its prior year, the actual over the same native periods one year earlier ({@code NaN}
 * where there is none). Worked out when first asked for, so an evaluation that shows only scores costs nothing more.
 */
record Comparisons(double budget, double stretch, double priorYear) {

    static final Comparisons NONE = new Comparisons(Double.NaN, Double.NaN, Double.NaN);

    /** The comparisons of an evaluated KPI; call with the evaluator of the outcome's evaluation, not concurrently. */
    static Comparisons of(KpiOutcome o, KpiEvaluator evaluator) {
        if (o.window == null) {
            return NONE; // the view is shorter than the KPI's frequency: nothing to compare
        }
        return new Comparisons(plan(o, o.kpi.budgets, evaluator.calendar()),
                plan(o, o.kpi.stretchTargets, evaluator.calendar()), priorYear(o, evaluator));
    }

    /** A planned series like-for-like, as the target: NaN when any period that counts lacks a figure. */
    private static double plan(KpiOutcome o, Series plan, FiscalCalendar calendar) {
        if (plan.isEmpty()) {
            return Double.NaN;
        }
        int first = o.first;
        int end = o.end;
        boolean all = o.view == View.YEAR;
        if (all) {
            Window year = calendar.fiscalYearWindow(o.period);
            first = calendar.firstInside(o.kpi.frequency, year);
            end = calendar.endInside(o.kpi.frequency, year);
        }
        Aggregation aggregation = o.kpi.targetAggregation;
        Aggregate a = new Aggregate();
        for (int i = first; i < end; i++) {
            if (all || o.present[i - first]) {
                double x = plan.get(i);
                if (Double.isNaN(x)) {
                    return Double.NaN;
                }
                a.add(x, i, aggregation);
            }
        }
        return a.result(aggregation);
    }

    /**
     * The actual over the native periods of the window to date, each one year earlier
     * ({@link Lags#yearEarlier(FiscalCalendar, dev.fourfold.shared.Frequency, int)}); a formula's value over its window a year earlier.
     */
    private static double priorYear(KpiOutcome o, KpiEvaluator evaluator) {
        FiscalCalendar calendar = evaluator.calendar();
        CompiledKpi kpi = o.kpi;
        if (o.first >= o.end) {
            return Double.NaN;
        }
        if (kpi.isFormula()) {
            Window earlier = Lags.yearEarlier(calendar, o.window, o.view);
            return earlier == null ? Double.NaN
                    : evaluator.valueOver(kpi, earlier, KpiEvaluator.lag(o.window, o.view)).value();
        }
        Aggregate a = new Aggregate();
        for (int i = o.first; i < o.end; i++) {
            int earlier = Lags.yearEarlier(calendar, kpi.frequency, i);
            if (earlier != Lags.NO_PERIOD) {
                a.add(kpi.actuals.get(earlier), earlier, kpi.aggregation);
            }
        }
        return a.result(kpi.aggregation);
    }
}
