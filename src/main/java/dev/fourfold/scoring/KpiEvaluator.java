package dev.fourfold.scoring;

import dev.fourfold.shared.Frequency;
import dev.fourfold.shared.Period;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Evaluates KPIs of a compiled model at a period and view (docs/scoring-rules.md, rules 2–7): only native periods
 * wholly inside the window count, gaps aggregate what is present, completeness is present ÷ expected native periods to
 * date, targets are like-for-like (over the native periods that have an actual) except in the {@code year} view, which
 * takes the full-year target; formula KPIs aggregate their inputs first and then evaluate.
 *
 * <p>One evaluator serves one call on the model (an evaluation, a series, a forecast, and the explanations built
 * from them later): it remembers each formula KPI's value per window and lag, so a formula such as
 * {@code prev(X) + prev(X) + REV} costs one evaluation per KPI and window instead of doubling per period of history.
 * A KPI that reads its own past through {@code prev} (directly or through other KPIs) has the earlier windows of its
 * lag chain evaluated oldest first, so the chain back to the earliest data is a loop, not a recursion per period.
 * Not thread-safe; {@link KpiResult} serialises the explanations that reuse it.
 */
final class KpiEvaluator {

    private final FiscalCalendar calendar;
    private final Map<String, CompiledKpi> kpis;
    private final Bands bands;
    private final Cap cap;
    private final int earliestMonth;
    private final int earliestDay;
    private final int dayFloor;
    private final Set<String> selfLagged;
    private final Set<String> tooDeep;
    private final FormulaProbe probe;
    private final Map<Key, WindowValue> memo = new HashMap<>();
    /** The windows of the last period and view asked for: an evaluation asks for the same ones for every KPI. */
    private Windows windows;

    /** A formula KPI over a window, read with a lag. */
    private record Key(CompiledKpi kpi, Window window, int lag) {
    }

    /**
     * @param selfLagged codes of the formula KPIs that read their own earlier values through {@code prev}
     * @param tooDeep    codes of the formula KPIs past {@link Formula#MAX_CHAIN}, which have no value
     * @param earliestDay the epoch day on which the earliest actual's period starts; {@code Integer.MAX_VALUE} without data
     * @param dayFloor    the earliest epoch day a formula reads a window of days from: the earliest actual, or
     *                    {@link ScoringModel#DAY_HISTORY} days before the end of the latest one when that is later
     */
    KpiEvaluator(FiscalCalendar calendar, Map<String, CompiledKpi> kpis, Bands bands, Cap cap, int earliestDay, int dayFloor,
                 Set<String> selfLagged, Set<String> tooDeep, FormulaProbe probe) {
        this.calendar = calendar;
        this.kpis = kpis;
        this.bands = bands;
        this.cap = cap;
        this.earliestDay = earliestDay;
        this.dayFloor = dayFloor;
        this.earliestMonth = earliestDay == Integer.MAX_VALUE ? earliestDay : FiscalCalendar.monthOf(earliestDay);
        this.selfLagged = selfLagged;
        this.tooDeep = tooDeep;
        this.probe = probe;
    }

    CompiledKpi kpi(String code) {
        return kpis.get(code);
    }

    FiscalCalendar calendar() {
        return calendar;
    }

    /**
     * The epoch day from which a formula KPI of {@code frequency} has native values: the start of the earliest actual
     * of any KPI, for days and weeks at most {@link ScoringModel#DAY_HISTORY} days before the latest one's end;
     * {@code Integer.MAX_VALUE} without data.
     */
    int historyStart(Frequency frequency) {
        return frequency.isMonthBased() ? earliestDay : dayFloor;
    }

    /** A KPI's value in one native period ({@code NaN} when none): the actual, or the formula evaluated there. */
    double nativeValue(CompiledKpi kpi, int index) {
        if (!kpi.isFormula()) {
            return kpi.actuals.get(index);
        }
        Window w = calendar.nativeWindow(kpi.frequency, index);
        return valueOver(kpi, w, w.length()).value();
    }

    KpiOutcome evaluate(CompiledKpi kpi, Period period, View view) {
        KpiOutcome o = new KpiOutcome(kpi, period, view);
        Windows w = windows(period, view);
        if (!calendar.fits(kpi.frequency, w.span())) {
            o.result = new ScoreResult.NotScorable(label(period, view) + " is shorter than the KPI's "
                    + kpi.frequency.key() + " frequency");
            return o;
        }
        o.window = w.actual();
        o.first = calendar.firstInside(kpi.frequency, o.window);
        o.end = Math.max(o.first, calendar.endInside(kpi.frequency, o.window));
        o.present = new boolean[o.end - o.first];
        String formulaReason = kpi.isFormula() ? formulaActual(o) : plainActual(o);
        String noTarget = target(o);
        o.thresholdsApply = view == View.PERIOD && period.frequency() == kpi.frequency;
        // reasons are only worded when needed: formatting a period key for every KPI would dominate the time
        String noActual = !Double.isNaN(o.actual) ? null
                : formulaReason != null ? formulaReason : "no value in " + label(period, view);
        o.result = KpiScoring.score(kpi.parameters, bands, cap, o.actual, o.target, o.thresholdsApply, noActual,
                noTarget);
        return o;
    }

    private Windows windows(Period period, View view) {
        Windows w = windows;
        if (w == null || w.period() != period || w.view() != view) {
            w = Windows.of(calendar, period, view);
            windows = w;
        }
        return w;
    }

    private String plainActual(KpiOutcome o) {
        Aggregate a = new Aggregate();
        for (int i = o.first; i < o.end; i++) {
            double x = o.kpi.actuals.get(i);
            o.present[i - o.first] = !Double.isNaN(x);
            a.add(x, i, o.kpi.aggregation);
        }
        o.actual = a.result(o.kpi.aggregation);
        o.completeness = o.present.length == 0 ? Double.NaN : (double) a.present / o.present.length;
        return Double.isNaN(o.actual) ? "no actual in " + label(o.period, o.view) : null;
    }

    private String formulaActual(KpiOutcome o) {
        WindowValue v = valueOver(o.kpi, o.window, lag(o.window, o.view));
        o.actual = v.value();
        o.completeness = o.present.length == 0 ? Double.NaN : Double.isNaN(v.value()) ? 0 : v.completeness();
        boolean single = o.end - o.first == 1 && o.window.equals(calendar.nativeWindow(o.kpi.frequency, o.first));
        for (int i = o.first; i < o.end; i++) {
            o.present[i - o.first] = single ? !Double.isNaN(v.value()) : !Double.isNaN(nativeValue(o.kpi, i));
        }
        return v.reason();
    }

    /** Sets the target like-for-like (or full-year in the year view); returns why there is none. */
    private String target(KpiOutcome o) {
        if (o.view == View.YEAR) {
            Window year = windows(o.period, o.view).year();
            return targetOver(o, calendar.firstInside(o.kpi.frequency, year), calendar.endInside(o.kpi.frequency, year), true);
        }
        return targetOver(o, o.first, o.end, false);
    }

    private String targetOver(KpiOutcome o, int first, int end, boolean all) {
        Aggregation aggregation = o.kpi.targetAggregation;
        Aggregate a = new Aggregate();
        for (int i = first; i < end; i++) {
            if (all || o.present[i - first]) {
                double t = o.kpi.target(i);
                if (Double.isNaN(t)) {
                    return "no target for " + calendar.nativePeriod(o.kpi.frequency, i);
                }
                a.add(t, i, aggregation);
            }
        }
        o.target = a.result(aggregation);
        return Double.isNaN(o.target) ? "no target" : null;
    }

    /** A KPI's value over any window, as a formula input. */
    WindowValue valueOver(CompiledKpi kpi, Window w, int lag) {
        if (!calendar.fits(kpi.frequency, w)) {
            return WindowValue.missing("shorter than its " + kpi.frequency.key() + " frequency");
        }
        if (!kpi.isFormula()) {
            int first = calendar.firstInside(kpi.frequency, w);
            int end = calendar.endInside(kpi.frequency, w);
            Aggregate a = Aggregate.over(kpi.actuals, first, end, kpi.aggregation);
            return a.present == 0 ? WindowValue.missing(null)
                    : new WindowValue(a.value, (double) a.present / (end - first), null);
        }
        if (tooDeep.contains(kpi.code)) {
            return WindowValue.missing("its formula " + Formula.TOO_DEEP);
        }
        if (w.end() <= (w.inMonths() ? earliestMonth : dayFloor)) {
            return WindowValue.missing(earliestMonth == Integer.MAX_VALUE ? "no data before any value"
                    : w.inMonths() ? "no data before " + FiscalCalendar.monthKey(earliestMonth)
                    : dayFloor == earliestDay ? "no data before " + LocalDate.ofEpochDay(earliestDay)
                    : "days and weeks are read back to " + LocalDate.ofEpochDay(dayFloor)
                            + ", ten years before the latest value");
        }
        Key key = new Key(kpi, w, lag);
        WindowValue v = memo.get(key);
        if (v == null) {
            if (selfLagged.contains(kpi.code)) {
                settleEarlier(kpi, w, lag);
            }
            v = formula(kpi, w, lag);
            memo.put(key, v);
        }
        return v;
    }

    /**
     * Evaluates the windows of a self-lagged KPI's chain before {@code w} that are not known yet, oldest first: each
     * then finds its own {@code prev} already known, so the chain back to the earliest data is a loop, not a
     * recursion per period (every window of the chain before a known one is known too).
     */
    private void settleEarlier(CompiledKpi kpi, Window w, int lag) {
        List<Window> chain = new ArrayList<>();
        Window before = Lags.earlier(calendar, w, lag);
        while (before != null && before.end() > (before.inMonths() ? earliestMonth : dayFloor)
                && !memo.containsKey(new Key(kpi, before, lag))) {
            chain.add(before);
            before = Lags.earlier(calendar, before, lag);
        }
        for (int i = chain.size() - 1; i >= 0; i--) {
            memo.put(new Key(kpi, chain.get(i), lag), formula(kpi, chain.get(i), lag));
        }
    }

    private WindowValue formula(CompiledKpi kpi, Window w, int lag) {
        probe.evaluated(kpi.code, w, lag);
        return new WindowScope(this, kpi, w, lag, false).evaluate();
    }

    /** How far {@code prev} looks back: one window in the period view, a year for year-to-date spans. */
    static int lag(Window w, View view) {
        return view == View.PERIOD ? w.length() : w.inMonths() ? 12 : Lags.YEAR_LAG;
    }

    static String label(Period period, View view) {
        return view == View.PERIOD ? FiscalCalendar.key(period) : "the year to date at " + FiscalCalendar.key(period);
    }
}
