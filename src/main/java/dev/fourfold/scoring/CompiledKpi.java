package dev.fourfold.scoring;

import dev.fourfold.shared.Frequency;

import java.util.Locale;
import java.util.Set;

/**
 * A KPI ready for fast evaluation: parameters as doubles, actuals, explicit targets, budgets and stretch targets in
 * primitive arrays by native ordinal, and for a calculated KPI its parsed formula.
 */
final class CompiledKpi {

    final KpiDefinition definition;
    final String code;
    final KpiParameters parameters;
    final Frequency frequency;
    final Aggregation aggregation;
    final Aggregation targetAggregation;
    final Series actuals;
    final Series targets;
    final Series budgets;
    final Series stretchTargets;
    final double defaultTarget;
    final Formula formula;
    final double weight;
    /** Codes this KPI's formula may not read on the evaluated scorecard (see {@link ScorecardData#withheldKpis}). */
    final Set<String> withheld;

    CompiledKpi(KpiDefinition definition, KpiParameters parameters, Series actuals, Series targets) {
        this(definition, parameters, actuals, targets, Set.of());
    }

    CompiledKpi(KpiDefinition definition, KpiParameters parameters, Series actuals, Series targets, Set<String> withheld) {
        this(definition, parameters, actuals, targets, Series.EMPTY, Series.EMPTY, withheld);
    }

    CompiledKpi(KpiDefinition definition, KpiParameters parameters, Series actuals, Series targets, Series budgets,
                Series stretchTargets, Set<String> withheld) {
        this.budgets = budgets;
        this.stretchTargets = stretchTargets;
        this.definition = definition;
        this.code = definition.code().toUpperCase(Locale.ROOT);
        this.parameters = parameters;
        this.frequency = definition.frequency();
        this.aggregation = definition.aggregation();
        this.targetAggregation = definition.targetCombination();
        this.actuals = actuals;
        this.targets = targets;
        this.defaultTarget = Numbers.toDouble(definition.target());
        this.formula = definition.isFormula() ? (Formula) Formula.parse(definition.formula()) : null;
        this.weight = definition.weight().doubleValue();
        this.withheld = withheld;
    }

    boolean isFormula() {
        return formula != null;
    }

    boolean missingAsZero() {
        return definition.missingInputs() == MissingInputs.ZERO;
    }

    /** The explicit target of a native period, else the KPI's {@code target}; NaN when neither is set. */
    double target(int index) {
        double t = targets.get(index);
        return Double.isNaN(t) ? defaultTarget : t;
    }
}
