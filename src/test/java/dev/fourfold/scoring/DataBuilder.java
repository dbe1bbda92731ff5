package dev.fourfold.scoring;

import dev.fourfold.shared.Period;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Test builder of scorecard data: {@code values().actuals("REV", "2026-01", "95", "2026-02", "120")}. */
final class DataBuilder {

    private final Map<String, Map<Period, BigDecimal>> actuals = new HashMap<>();
    private final Map<String, Map<Period, BigDecimal>> targets = new HashMap<>();
    private final Map<String, Map<Period, BigDecimal>> budgets = new HashMap<>();
    private final Map<String, Map<Period, BigDecimal>> stretchTargets = new HashMap<>();
    private final List<KpiDefinition> others = new ArrayList<>();
    private final java.util.Set<String> withheld = new java.util.HashSet<>();

    static DataBuilder values() {
        return new DataBuilder();
    }

    /** Alternating period keys and values. */
    DataBuilder actuals(String code, String... periodsAndValues) {
        put(actuals, code, periodsAndValues);
        return this;
    }

    DataBuilder actual(String code, Period period, double value) {
        actuals.computeIfAbsent(code, c -> new HashMap<>()).put(period, BigDecimal.valueOf(value));
        return this;
    }

    /** The same value in every day from {@code first} to {@code last}, both included. */
    DataBuilder everyDay(String code, String first, String last, double value) {
        for (java.time.LocalDate d = java.time.LocalDate.parse(first); !d.isAfter(java.time.LocalDate.parse(last)); d = d.plusDays(1)) {
            actual(code, Period.day(d), value);
        }
        return this;
    }

    /** Alternating period keys and values. */
    DataBuilder targets(String code, String... periodsAndValues) {
        put(targets, code, periodsAndValues);
        return this;
    }

    /** Alternating period keys and values. */
    DataBuilder budgets(String code, String... periodsAndValues) {
        put(budgets, code, periodsAndValues);
        return this;
    }

    /** Alternating period keys and values. */
    DataBuilder stretchTargets(String code, String... periodsAndValues) {
        put(stretchTargets, code, periodsAndValues);
        return this;
    }

    DataBuilder other(KpiBuilder kpi) {
        others.add(kpi.build());
        return this;
    }

    /** Codes formulas reference that may not be read here. */
    DataBuilder withheld(String... codes) {
        withheld.addAll(List.of(codes));
        return this;
    }

    ScorecardData build() {
        return new ScorecardData(actuals, targets, others, withheld).withPlans(budgets, stretchTargets);
    }

    private static void put(Map<String, Map<Period, BigDecimal>> map, String code, String... periodsAndValues) {
        Map<Period, BigDecimal> byPeriod = map.computeIfAbsent(code, c -> new HashMap<>());
        for (int i = 0; i < periodsAndValues.length; i += 2) {
            byPeriod.put(Period.parse(periodsAndValues[i]), new BigDecimal(periodsAndValues[i + 1]));
        }
    }
}
