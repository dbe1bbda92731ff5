package dev.fourfold.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fourfold.shared.Period;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * 10,000 KPIs (one in ten a formula) with 120 months of values under 200 objectives: every view evaluates the
 * whole tree. The time bound is loose on purpose (a regression guard, not the benchmark): on a 2-core machine the
 * month, quarter, YTD and year views take about 6–15 ms each once warm.
 */
class LargeScorecardTests {

    private static ScoringModel model;

    @BeforeAll
    static void compile() {
        Random random = new Random(1);
        Map<String, Map<Period, BigDecimal>> actuals = new HashMap<>();
        List<PerspectiveDefinition> perspectives = new ArrayList<>();
        int k = 0;
        for (int p = 0; p < 4; p++) {
            List<ObjectiveDefinition> objectives = new ArrayList<>();
            for (int o = 0; o < 50; o++) {
                List<KpiDefinition> kpis = new ArrayList<>();
                for (int j = 0; j < 50; j++, k++) {
                    kpis.add(kpi(k).build());
                    if (k % 10 != 9) {
                        Map<Period, BigDecimal> values = new HashMap<>();
                        for (int m = 0; m < 120; m++) {
                            values.put(Period.month(2017, 1).plus(m), BigDecimal.valueOf(50 + random.nextInt(100)));
                        }
                        actuals.put("K" + k, values);
                    }
                }
                objectives.add(new ObjectiveDefinition("O" + p + "_" + o, null, null, kpis));
            }
            perspectives.add(new PerspectiveDefinition("P" + p, null, null, objectives));
        }
        ScorecardDefinition scorecard = new ScorecardDefinition("Large", 4, null, null, null, null, null, null, perspectives);
        model = ScoringModel.of(scorecard, ScorecardData.of(actuals, Map.of()));
    }

    private static KpiBuilder kpi(int k) {
        return k % 10 == 9 ? KpiBuilder.aKpi("K" + k).calculatedAs("100 * K" + (k - 1) + " / K" + (k - 2)).withTarget("90")
                : KpiBuilder.aKpi("K" + k).withTarget("100").aggregatedBy(Aggregation.values()[k % 5]);
    }

    @Test
    void evaluatesTenThousandKpisInEveryViewQuickly() {
        for (int warm = 0; warm < 5; warm++) {
            evaluateViews();
        }
        long start = System.nanoTime();
        List<Evaluation> evaluations = evaluateViews();
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(evaluations).allSatisfy(e -> {
            assertThat(e.score()).isNotNull();
            assertThat(e.kpis()).hasSize(10_000);
        });
        assertThat(millis).isLessThan(2_000);
    }

    private static List<Evaluation> evaluateViews() {
        return List.of(model.evaluate(Period.parse("2026-11"), View.PERIOD),
                model.evaluate(Period.parse("2026-Q3"), View.PERIOD),
                model.evaluate(Period.parse("2026-11"), View.YTD),
                model.evaluate(Period.parse("2026-11"), View.YEAR));
    }
}
