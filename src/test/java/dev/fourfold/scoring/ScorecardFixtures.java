package dev.fourfold.scoring;

import static dev.fourfold.scoring.DataBuilder.values;
import static dev.fourfold.scoring.KpiBuilder.aKpi;
import static dev.fourfold.scoring.ScorecardBuilder.aPerspective;
import static dev.fourfold.scoring.ScorecardBuilder.aScorecard;
import static dev.fourfold.scoring.ScorecardBuilder.anObjective;

/** The example scorecard of scorecard-file.md, as definitions and data. */
final class ScorecardFixtures {

    private ScorecardFixtures() {
    }

    static ScorecardDefinition acme() {
        return aScorecard().named("Acme Corporation")
                .with(aPerspective("Financial", anObjective("F1",
                        aKpi("REV").weighing("2").scoredBy(Method.RATIO).withTarget("100")
                                .forecastBy(new ForecastSettings(ForecastMethod.HOLT, 0.8, 0.2)),
                        aKpi("COGS").lowerIsBetter().withTarget("60"),
                        aKpi("MARGIN").calculatedAs("100 * (REV - COGS) / REV").withTarget("40"))))
                .with(aPerspective("Customer", anObjective("C1",
                        aKpi("NPS").quarterly().aggregatedBy(Aggregation.AVERAGE).withTarget("30"))))
                .with(aPerspective("Internal Business Processes", anObjective("P1",
                        aKpi("CYCLE").lowerIsBetter().scoredBy(Method.PROGRESS).withBaseline("12").withTarget("8"))))
                .with(aPerspective("Learning & Growth", anObjective("L1",
                        aKpi("TRAIN").inRange("6", "10", "4").scoredBy(Method.BAND).withTarget("8"))))
                .build();
    }

    static ScorecardData acmeData() {
        return values()
                .actuals("REV", "2026-01", "95", "2026-02", "120", "2026-03", "104.5")
                .targets("REV", "2026-03", "110")
                .actuals("COGS", "2026-01", "55", "2026-02", "70", "2026-03", "66")
                .actuals("NPS", "2026-Q1", "27")
                .actuals("CYCLE", "2026-01", "10", "2026-02", "9.5", "2026-03", "9")
                .actuals("TRAIN", "2026-01", "7", "2026-02", "11", "2026-03", "12")
                .build();
    }

}
