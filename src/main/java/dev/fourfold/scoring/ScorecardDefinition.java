package dev.fourfold.scoring;

import java.util.List;

/**
 * The strategy of one unit as the engine sees it: scale, default method, bands, cap and roll-up settings, and the
 * perspectives → objectives → KPIs tree. {@code null} optional components take their defaults: scale percent,
 * the scale's default method, the scale's default bands, no cap, missing {@code ignore}, weighted average.
 *
 * @param fiscalYearStart the calendar month (1–12) in which the fiscal year starts
 * @param method          the default scoring method; a KPI may override it with another of the same scale
 * @param cap             optional clamp of KPI scores, or {@code null}
 * @param missing         what a missing child score does to its parent
 * @param rollup          how the perspectives combine
 */
public record ScorecardDefinition(String name, int fiscalYearStart, Scale scale, Method method, Bands bands, Cap cap,
                                  MissingPolicy missing, RollupRule rollup,
                                  List<PerspectiveDefinition> perspectives) {

    public ScorecardDefinition {
        scale = scale == null ? Scale.PERCENT : scale;
        method = method == null ? scale.defaultMethod() : method;
        bands = bands == null ? Bands.defaults(scale) : bands;
        missing = missing == null ? MissingPolicy.IGNORE : missing;
        rollup = rollup == null ? RollupRule.WEIGHTED_AVERAGE : rollup;
        perspectives = perspectives == null ? List.of() : List.copyOf(perspectives);
    }

    /** The method that scores a KPI of this scorecard: its override or the scorecard's default. */
    public Method methodOf(KpiDefinition kpi) {
        return kpi.method() != null ? kpi.method() : method;
    }
}
