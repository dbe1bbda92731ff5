package dev.fourfold.scoring;

import dev.fourfold.shared.Period;

/** Everything the evaluation of one KPI at one period and view found, kept for results and lazy explanations. */
final class KpiOutcome {

    final CompiledKpi kpi;
    final Period period;
    final View view;
    Window window;
    int first;
    int end;
    boolean[] present = new boolean[0];
    double actual = Double.NaN;
    double target = Double.NaN;
    double completeness = Double.NaN;
    boolean thresholdsApply;
    ScoreResult result;

    KpiOutcome(CompiledKpi kpi, Period period, View view) {
        this.kpi = kpi;
        this.period = period;
        this.view = view;
    }

    int presentCount() {
        int n = 0;
        for (boolean p : present) {
            n += p ? 1 : 0;
        }
        return n;
    }
}
