package dev.fourfold.scoring;

/**
 * The inputs of one formula evaluation over one window: each input is aggregated over the window by its own
 * aggregation first (docs/scoring-rules.md, rule 6); {@code prev} reads the window of the same length immediately
 * before (period view) or the same span a year earlier (year-to-date spans). Records the lowest completeness of the
 * inputs read.
 */
final class WindowScope implements FormulaScope {

    /** A missing input whose own reason nests this deep is worded as "…" and its innermost cause. */
    private static final int NESTED_REASONS = 3;

    private final KpiEvaluator evaluator;
    private final CompiledKpi owner;
    private final Window window;
    private final int lag;
    private final boolean quiet;
    private double completeness = 1;
    private String reason;
    private String cause;
    private int depth;

    /** @param quiet a scope that only reads values and records neither reasons nor completeness */
    WindowScope(KpiEvaluator evaluator, CompiledKpi owner, Window window, int lag, boolean quiet) {
        this.evaluator = evaluator;
        this.owner = owner;
        this.window = window;
        this.lag = lag;
        this.quiet = quiet;
    }

    WindowValue evaluate() {
        double value = owner.formula.root().evaluate(this);
        return Double.isNaN(value) ? new WindowValue(value, 0, reason, cause, depth) : new WindowValue(value, completeness, null);
    }

    @Override
    public double read(String code) {
        return input(code, window, true);
    }

    @Override
    public double readPrevious(String code) {
        Window before = Lags.earlier(evaluator.calendar(), window, lag);
        if (before == null) {
            return owner.missingAsZero() ? 0 : fail(Lags.noYearEarlier(window));
        }
        return input(code, before, false);
    }

    private double input(String code, Window w, boolean counts) {
        if (owner.withheld.contains(code)) {
            return fail(ScorecardData.WITHHELD);
        }
        CompiledKpi input = evaluator.kpi(code);
        if (input == null) {
            return fail("unknown KPI code '" + code + "'");
        }
        WindowValue v = evaluator.valueOver(input, w, lag);
        if (!Double.isNaN(v.value())) {
            completeness = counts && !quiet ? Math.min(completeness, v.completeness()) : completeness;
            return v.value();
        }
        if (owner.missingAsZero()) {
            completeness = counts && !quiet ? 0 : completeness;
            return 0;
        }
        if (quiet) {
            return Double.NaN;
        }
        return missing("no value for " + code + " in " + w.describe(), v);
    }

    /** Records a missing input with why it is missing; a chain of prev reads can nest thousands deep. */
    private double missing(String what, WindowValue input) {
        if (input.reason() == null) {
            return fail(what);
        }
        if (reason == null && !quiet) {
            reason = what + " (" + (input.depth() < NESTED_REASONS ? input.reason() : "… " + input.cause()) + ")";
            cause = input.cause();
            depth = input.depth() + 1;
        }
        return Double.NaN;
    }

    @Override
    public double fail(String why) {
        if (reason == null && !quiet) {
            reason = why;
            cause = why;
        }
        return Double.NaN;
    }
}
