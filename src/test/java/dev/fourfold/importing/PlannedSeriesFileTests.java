package dev.fourfold.importing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fourfold.scoring.KpiResult;
import dev.fourfold.scoring.ScoringModel;
import dev.fourfold.scoring.View;
import dev.fourfold.shared.Period;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Budgets and stretch targets in scorecard files: read, written back unchanged, and evaluated. */
class PlannedSeriesFileTests {

    private static final String FILE = """
            version: 1
            scorecard:
              name: Planned
            perspectives:
              - name: Financial
                objectives:
                  - code: F1
                    name: Grow revenue
                    kpis:
                      - code: REV
                        name: Revenue
                        target: 100
                        targets: {2026-03: 110}
                        budgets: {2026-01: 100, 2026-02: 100, 2026-03: 100}
                        stretchTargets: {2026-03: 115}
                        actuals: {2025-03: 95, 2026-03: 104.5}
            """;

    @Test
    void readsBudgetsAndStretchTargetsByPeriod() {
        ScorecardFileReport report = ScorecardFileParser.parse(FILE);
        assertThat(report.problems()).isEmpty();
        KpiSection rev = report.file().kpis().get(0);
        assertThat(rev.budgets()).hasSize(3).containsEntry(Period.month(2026, 2), new BigDecimal("100"));
        assertThat(rev.stretchTargets()).containsOnlyKeys(Period.month(2026, 3));
        assertThat(rev.targets()).containsOnlyKeys(Period.month(2026, 3));
    }

    @Test
    void writesThemBackAsTheyWereRead() {
        ScorecardFile file = ScorecardFileParser.parse(FILE).file();
        String written = ScorecardFileWriter.write(file);
        assertThat(written).contains("budgets: {2026-01: 100, 2026-02: 100, 2026-03: 100}",
                "stretchTargets: {2026-03: 115}");
        ScorecardFile again = ScorecardFileParser.parse(written).file();
        assertThat(again.kpis()).isEqualTo(file.kpis());
        assertThat(ScorecardFileWriter.write(again)).isEqualTo(written);
    }

    @Test
    void evaluatesTheBudgetAndPriorYearOfAFile() {
        ScorecardFile file = ScorecardFileParser.parse(FILE).file();
        KpiResult march = ScoringModel.of(file.definition(), file.data())
                .evaluateKpi("REV", Period.month(2026, 3), View.PERIOD);
        assertThat(march.budget()).isEqualTo(100);
        assertThat(march.stretch()).isEqualTo(115);
        assertThat(march.priorYear()).isEqualTo(95);
    }

    @Test
    void refusesABudgetOfAnotherFrequencyNamingItsPlace() {
        ScorecardFileReport report = ScorecardFileParser.parse(FILE.replace("budgets: {2026-01: 100", "budgets: {2026-Q1: 100"));
        assertThat(report.problems()).hasSize(1);
        assertThat(report.problems().get(0).toString()).contains("2026-Q1", "budgets");
        assertThat(ScorecardFileParser.parse(FILE.replace("budgets:", "budget:")).problems().get(0).toString())
                .contains("budget");
    }
}
