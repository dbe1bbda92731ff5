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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The daily benchmark's scorecard: 4 perspectives × {@code objectives} objectives × 50 daily KPIs with an actual and
 * a target on every day from {@code first} to {@code last}, aggregated by sum, average or last, half higher- and
 * half lower-is-better. Values are exact two-decimal numbers from a fixed seed.
 */
final class DailyScorecard {

    static final int PERSPECTIVES = 4;
    static final int KPIS_PER_OBJECTIVE = 50;

    final ScorecardDefinition definition;
    final ScorecardData data;
    /** The same actual values as plain doubles, for the baseline loop. */
    final double[] rawActuals;

    DailyScorecard(long seed, int kpiCount, LocalDate first, LocalDate last) {
        Random random = new Random(seed);
        int days = (int) (last.toEpochDay() - first.toEpochDay()) + 1;
        Map<String, Map<Period, BigDecimal>> actuals = new HashMap<>();
        Map<String, Map<Period, BigDecimal>> targets = new HashMap<>();
        rawActuals = new double[kpiCount * days];
        Aggregation[] aggregations = {Aggregation.SUM, Aggregation.SUM, Aggregation.AVERAGE, Aggregation.AVERAGE, Aggregation.LAST};
        List<List<KpiDefinition>> objectives = new ArrayList<>();
        int n = 0;
        List<Period> periods = new ArrayList<>();
        for (int d = 0; d < days; d++) {
            periods.add(Period.day(first.plusDays(d)));
        }
        for (int k = 0; k < kpiCount; k++) {
            if (k % KPIS_PER_OBJECTIVE == 0) {
                objectives.add(new ArrayList<>());
            }
            String code = "D" + k;
            objectives.get(objectives.size() - 1).add(new KpiDefinition(code, k % 2 == 0 ? Polarity.HIGHER : Polarity.LOWER,
                    Frequency.DAILY, aggregations[k % aggregations.length], null, BigDecimal.valueOf(1 + k % 3), null,
                    null, null, null, null, null, null, null, null, null, null));
            n = LargeScorecard.values(random, code, periods, actuals, targets, rawActuals, n);
        }
        List<PerspectiveDefinition> perspectives = new ArrayList<>();
        int perPerspective = Math.max(1, objectives.size() / PERSPECTIVES);
        for (int p = 0; p * perPerspective < objectives.size(); p++) {
            List<ObjectiveDefinition> os = new ArrayList<>();
            for (int o = p * perPerspective; o < Math.min(objectives.size(), (p + 1) * perPerspective); o++) {
                os.add(new ObjectiveDefinition("O" + o, BigDecimal.ONE, RollupRule.WEIGHTED_AVERAGE, objectives.get(o)));
            }
            perspectives.add(new PerspectiveDefinition("Perspective " + p, BigDecimal.ONE, RollupRule.WEIGHTED_AVERAGE, os));
        }
        definition = new ScorecardDefinition("Daily benchmark", 1, Scale.PERCENT, null, null, null, null, null, perspectives);
        data = ScorecardData.of(actuals, targets);
    }
}
