package dev.fourfold.bench;

import dev.fourfold.scoring.Aggregation;
import dev.fourfold.scoring.KpiDefinition;
import dev.fourfold.scoring.ObjectiveDefinition;
import dev.fourfold.scoring.PerspectiveDefinition;
import dev.fourfold.scoring.Polarity;
import dev.fourfold.scoring.RollupRule;
import dev.fourfold.scoring.Scale;
import dev.fourfold.scoring.ScorecardData;
import dev.fourfold.scoring.ScorecardDefinition;
import dev.fourfold.shared.Frequency;
import dev.fourfold.shared.Period;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The benchmark's scorecard: 4 perspectives × 50 objectives × 50 KPIs = 10,000 monthly KPIs with 120 months of
 * actuals and targets (2017-01 to 2026-12), aggregated by sum, average or last, half higher- and half
 * lower-is-better. Values are exact two-decimal numbers from a fixed seed.
 */
final class LargeScorecard {

    static final int PERSPECTIVES = 4;
    static final int OBJECTIVES_PER_PERSPECTIVE = 50;
    static final int KPIS_PER_OBJECTIVE = 50;
    static final int MONTHS = 120;
    static final int FIRST_YEAR = 2017;

    final ScorecardDefinition definition;
    final ScorecardData data;
    /** The same actual values as plain doubles, for the baseline loop. */
    final double[] rawActuals;

    LargeScorecard(long seed) {
        Random random = new Random(seed);
        List<PerspectiveDefinition> perspectives = new ArrayList<>();
        Map<String, Map<Period, BigDecimal>> actuals = new HashMap<>();
        Map<String, Map<Period, BigDecimal>> targets = new HashMap<>();
        rawActuals = new double[PERSPECTIVES * OBJECTIVES_PER_PERSPECTIVE * KPIS_PER_OBJECTIVE * MONTHS];
        int n = 0;
        Aggregation[] aggregations = {Aggregation.SUM, Aggregation.SUM, Aggregation.AVERAGE, Aggregation.AVERAGE, Aggregation.LAST};
        for (int p = 0; p < PERSPECTIVES; p++) {
            List<ObjectiveDefinition> objectives = new ArrayList<>();
            for (int o = 0; o < OBJECTIVES_PER_PERSPECTIVE; o++) {
                List<KpiDefinition> kpis = new ArrayList<>();
                for (int k = 0; k < KPIS_PER_OBJECTIVE; k++) {
                    String code = "K" + p + "_" + o + "_" + k;
                    Polarity polarity = k % 2 == 0 ? Polarity.HIGHER : Polarity.LOWER;
                    kpis.add(new KpiDefinition(code, polarity, Frequency.MONTHLY, aggregations[k % aggregations.length],
                            null, BigDecimal.valueOf(1 + k % 3), null, null, null, null, null, null, null, null, null,
                            null, null));
                    List<Period> months = new ArrayList<>();
                    for (int m = 0; m < MONTHS; m++) {
                        months.add(Period.month(FIRST_YEAR + m / 12, m % 12 + 1));
                    }
                    n = values(random, code, months, actuals, targets, rawActuals, n);
                }
                objectives.add(new ObjectiveDefinition("O" + p + "_" + o, BigDecimal.ONE, RollupRule.WEIGHTED_AVERAGE, kpis));
            }
            perspectives.add(new PerspectiveDefinition("Perspective " + p, BigDecimal.ONE, RollupRule.WEIGHTED_AVERAGE, objectives));
        }
        definition = new ScorecardDefinition("Benchmark", 1, Scale.PERCENT, null, null, null, null, null, perspectives);
        data = ScorecardData.of(actuals, targets);
    }

    /**
     * Puts actuals within ±20 % of a random level and that level as the target into every period, and the actuals
     * into {@code raw} from index {@code n}; returns the next free index.
     */
    static int values(Random random, String code, List<Period> periods, Map<String, Map<Period, BigDecimal>> actuals,
                      Map<String, Map<Period, BigDecimal>> targets, double[] raw, int n) {
        Map<Period, BigDecimal> a = new HashMap<>();
        Map<Period, BigDecimal> t = new HashMap<>();
        double level = 50 + random.nextDouble() * 950;
        for (Period period : periods) {
            BigDecimal value = BigDecimal.valueOf(Math.round(level * (0.8 + 0.4 * random.nextDouble()) * 100), 2);
            a.put(period, value);
            t.put(period, BigDecimal.valueOf(Math.round(level * 100), 2));
            raw[n++] = value.doubleValue();
        }
        actuals.put(code, a);
        targets.put(code, t);
        return n;
    }
}
