package dev.fourfold.scoring;

import dev.fourfold.shared.Period;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The values a scorecard is evaluated on: approved actuals and explicit per-period targets by KPI code (codes
 * compared case-insensitively; periods at each KPI's native frequency), plus the definitions of KPIs of the wider
 * organisation that formulas on this scorecard read but that are not on it. Explicit targets override a KPI's
 * {@code target} for the periods they list. Only approved actuals belong here. Budgets and stretch targets are per
 * period only (a KPI has no default budget); they are shown beside the target, never scored.
 *
 * @param actuals   approved actual values by KPI code and native period
 * @param targets   explicit targets by KPI code and native period
 * @param budgets   budgets by KPI code and native period
 * @param stretchTargets stretch targets by KPI code and native period
 * @param otherKpis    definitions of KPIs referenced by formulas but not on the scorecard (their values go in the maps)
 * @param withheldKpis codes of KPIs that formulas reference but may not read here: known codes without definition
 *                     or values, each a missing input with {@link #WITHHELD} as the reason
 */
public record ScorecardData(Map<String, Map<Period, BigDecimal>> actuals,
                            Map<String, Map<Period, BigDecimal>> targets,
                            Map<String, Map<Period, BigDecimal>> budgets,
                            Map<String, Map<Period, BigDecimal>> stretchTargets, List<KpiDefinition> otherKpis,
                            Set<String> withheldKpis) {

    /** Why a withheld input is missing; names nothing about the input. */
    public static final String WITHHELD = "input not shared with this scorecard's readers";

    /** No values at all. */
    public static final ScorecardData EMPTY = new ScorecardData(Map.of(), Map.of(), List.of());

    public ScorecardData {
        actuals = byUpperCode(actuals);
        targets = byUpperCode(targets);
        budgets = byUpperCode(budgets);
        stretchTargets = byUpperCode(stretchTargets);
        otherKpis = otherKpis == null ? List.of() : List.copyOf(otherKpis);
        withheldKpis = withheldKpis == null ? Set.of()
                : withheldKpis.stream().map(c -> c.toUpperCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    /** Actuals and targets without budgets or stretch targets. */
    public ScorecardData(Map<String, Map<Period, BigDecimal>> actuals, Map<String, Map<Period, BigDecimal>> targets,
                         List<KpiDefinition> otherKpis, Set<String> withheldKpis) {
        this(actuals, targets, Map.of(), Map.of(), otherKpis, withheldKpis);
    }

    public ScorecardData(Map<String, Map<Period, BigDecimal>> actuals, Map<String, Map<Period, BigDecimal>> targets,
                         List<KpiDefinition> otherKpis) {
        this(actuals, targets, otherKpis, Set.of());
    }

    /** The same data with these budgets and stretch targets (by KPI code and native period) instead. */
    public ScorecardData withPlans(Map<String, Map<Period, BigDecimal>> budgets,
                                   Map<String, Map<Period, BigDecimal>> stretchTargets) {
        return new ScorecardData(actuals, targets, budgets, stretchTargets, otherKpis, withheldKpis);
    }

    /** Actuals and targets of the scorecard's own KPIs only. */
    public static ScorecardData of(Map<String, Map<Period, BigDecimal>> actuals,
                                   Map<String, Map<Period, BigDecimal>> targets) {
        return new ScorecardData(actuals, targets, List.of());
    }

    Map<Period, BigDecimal> actualsOf(String code) {
        return actuals.getOrDefault(code.toUpperCase(Locale.ROOT), Map.of());
    }

    Map<Period, BigDecimal> targetsOf(String code) {
        return targets.getOrDefault(code.toUpperCase(Locale.ROOT), Map.of());
    }

    Map<Period, BigDecimal> budgetsOf(String code) {
        return budgets.getOrDefault(code.toUpperCase(Locale.ROOT), Map.of());
    }

    Map<Period, BigDecimal> stretchTargetsOf(String code) {
        return stretchTargets.getOrDefault(code.toUpperCase(Locale.ROOT), Map.of());
    }

    private static Map<String, Map<Period, BigDecimal>> byUpperCode(Map<String, Map<Period, BigDecimal>> values) {
        if (values == null) {
            return Map.of();
        }
        Map<String, Map<Period, BigDecimal>> copy = new HashMap<>();
        values.forEach((code, byPeriod) -> copy.merge(code.toUpperCase(Locale.ROOT), Map.copyOf(byPeriod), (a, b) -> {
            Map<Period, BigDecimal> both = new HashMap<>(a);
            both.putAll(b);
            return Map.copyOf(both);
        }));
        return Map.copyOf(copy);
    }
}
