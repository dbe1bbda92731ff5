package dev.fourfold.importing;

import dev.fourfold.scoring.Aggregation;
import dev.fourfold.scoring.BandRange;
import dev.fourfold.scoring.ForecastMethod;
import dev.fourfold.scoring.ForecastSettings;
import dev.fourfold.scoring.KpiDefinition;
import dev.fourfold.scoring.Method;
import dev.fourfold.scoring.MissingInputs;
import dev.fourfold.scoring.Polarity;
import dev.fourfold.scoring.ValueThresholds;
import dev.fourfold.shared.Frequency;
import dev.fourfold.shared.Period;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A KPI of a scorecard file as written: what the engine needs plus the descriptive fields it does not (name,
 * description, owner, unit, lead, benchmark, grace days). Optional components are {@code null} when left out.
 *
 * @param target  the target of every native period, or {@code null}
 * @param targets per-period targets overriding {@code target}, sorted by period
 * @param actuals actual values by native period, sorted
 * @param budgets per-period budgets, sorted (file key {@code budgets})
 * @param stretchTargets per-period stretch targets, sorted (file key {@code stretchTargets})
 */
public record KpiSection(String code, String name, String description, String owner, String unit, Polarity polarity,
                         Frequency frequency, Aggregation aggregation, String formula, MissingInputs missingInputs,
                         Aggregation targetAggregation, BigDecimal weight, Method method, BigDecimal baseline,
                         BigDecimal min, BigDecimal max, BigDecimal redFlag, BandRange band,
                         ValueThresholds thresholds, String lead, BigDecimal benchmark, Integer graceDays,
                         BigDecimal target, SortedMap<Period, BigDecimal> targets,
                         SortedMap<Period, BigDecimal> actuals, Forecast forecast,
                         SortedMap<Period, BigDecimal> budgets, SortedMap<Period, BigDecimal> stretchTargets) {

    public KpiSection {
        targets = sorted(targets);
        actuals = sorted(actuals);
        budgets = sorted(budgets);
        stretchTargets = sorted(stretchTargets);
    }

    /** A KPI without budgets or stretch targets. */
    public KpiSection(String code, String name, String description, String owner, String unit, Polarity polarity,
                      Frequency frequency, Aggregation aggregation, String formula, MissingInputs missingInputs,
                      Aggregation targetAggregation, BigDecimal weight, Method method, BigDecimal baseline,
                      BigDecimal min, BigDecimal max, BigDecimal redFlag, BandRange band,
                      ValueThresholds thresholds, String lead, BigDecimal benchmark, Integer graceDays,
                      BigDecimal target, SortedMap<Period, BigDecimal> targets,
                      SortedMap<Period, BigDecimal> actuals, Forecast forecast) {
        this(code, name, description, owner, unit, polarity, frequency, aggregation, formula, missingInputs,
                targetAggregation, weight, method, baseline, min, max, redFlag, band, thresholds, lead, benchmark,
                graceDays, target, targets, actuals, forecast, null, null);
    }

    /** The same KPI with these budgets and stretch targets. */
    public KpiSection withPlans(Map<Period, BigDecimal> budgets, Map<Period, BigDecimal> stretchTargets) {
        return new KpiSection(code, name, description, owner, unit, polarity, frequency, aggregation, formula,
                missingInputs, targetAggregation, weight, method, baseline, min, max, redFlag, band, thresholds, lead,
                benchmark, graceDays, target, targets, actuals, forecast, sorted(budgets), sorted(stretchTargets));
    }

    /** The per-period figures of each planned series in file order: targets, budgets, stretch targets. */
    public List<Map<Period, BigDecimal>> plans() {
        return List.of(targets, budgets, stretchTargets);
    }

    /** The KPI as the scoring engine sees it. */
    public KpiDefinition definition() {
        return new KpiDefinition(code, polarity, frequency, aggregation, method, weight, baseline, min, max, redFlag,
                band, thresholds, formula, missingInputs, targetAggregation, target,
                forecast == null ? null : forecast.settings());
    }

    /** The KPI's frequency, monthly when left out. */
    public Frequency frequencyOrDefault() {
        return frequency == null ? Frequency.MONTHLY : frequency;
    }

    private static SortedMap<Period, BigDecimal> sorted(Map<Period, BigDecimal> values) {
        return Collections.unmodifiableSortedMap(values == null ? new TreeMap<>() : new TreeMap<>(values));
    }

    /**
     * Forecast settings as written, exact.
     *
     * @param method {@code null} means {@code auto} (or {@code holt} when alpha or beta is given)
     */
    public record Forecast(ForecastMethod method, BigDecimal alpha, BigDecimal beta) {

        ForecastSettings settings() {
            return new ForecastSettings(method, alpha == null ? null : alpha.doubleValue(),
                    beta == null ? null : beta.doubleValue());
        }
    }
}
