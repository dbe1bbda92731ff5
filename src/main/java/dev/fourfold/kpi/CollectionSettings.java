package dev.fourfold.kpi;

import dev.fourfold.scoring.Aggregation;
import dev.fourfold.scoring.MissingInputs;
import dev.fourfold.shared.Frequency;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How a KPI's values come in and combine: entered by its owner once per period and due some days after it ends,
 * or calculated from a formula of other KPIs.
 *
 * @param aggregation       how native values combine into longer periods: sum, average, last, min, max, formula
 * @param formula           the formula of a calculated KPI, or null for an entered one
 * @param missingInputs     what a formula reads for an input without a value
 * @param targetAggregation how a formula KPI's own targets combine into longer periods
 * @param owner             the user name (which may be an e-mail address) of the person who enters its values
 * @param graceDays         a value is due this many days after its period ends
 */
public record CollectionSettings(Frequency frequency, Aggregation aggregation, @Nullable String formula,
                                 MissingInputs missingInputs, Aggregation targetAggregation, @Nullable String owner,
                                 int graceDays) {

    public CollectionSettings {
        Objects.requireNonNull(frequency, "frequency");
        Objects.requireNonNull(aggregation, "aggregation");
        Objects.requireNonNull(missingInputs, "missingInputs");
        Objects.requireNonNull(targetAggregation, "targetAggregation");
    }

    public boolean isFormula() {
        return formula != null;
    }

    /** How the KPI's targets combine over longer periods: like its values, or its target aggregation for a formula. */
    public Aggregation targetCombination() {
        return isFormula() ? targetAggregation : aggregation;
    }

    public CollectionSettings withFrequency(Frequency frequency) {
        return new CollectionSettings(frequency, aggregation, formula, missingInputs, targetAggregation, owner,
                graceDays);
    }

    public CollectionSettings withOwner(@Nullable String owner) {
        return new CollectionSettings(frequency, aggregation, formula, missingInputs, targetAggregation, owner,
                graceDays);
    }

    public CollectionSettings withGraceDays(int graceDays) {
        return new CollectionSettings(frequency, aggregation, formula, missingInputs, targetAggregation, owner,
                graceDays);
    }
}
