package dev.fourfold.importing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fourfold.kpi.Kpi;
import dev.fourfold.scoring.Aggregation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A KPI of a scorecard file becomes the same KPI as through the API, with the same defaults. */
class KpiDraftsTests {

    /** The last KPI of a file with the given KPIs, as it would be saved. */
    private static Kpi imported(String kpiLines) {
        ScorecardFileReport report = ScorecardFileParser.parse(ScorecardFileParserTests.withKpi(kpiLines));
        assertThat(report.problems()).isEmpty();
        List<KpiSection> kpis = report.file().kpis();
        return KpiDrafts.of(kpis.get(kpis.size() - 1), 1, 1, 0).complete();
    }

    @Test
    void importsAKpiWithoutGraceDaysWithTen() {
        assertThat(imported("- code: REV").collection().graceDays()).isEqualTo(10);
    }

    @Test
    void keepsTheGraceDaysOfTheFile() {
        assertThat(imported("- code: REV\n  graceDays: 3").collection().graceDays()).isEqualTo(3);
    }

    @Test
    void namesAKpiWithoutNameByItsCode() {
        assertThat(imported("- code: REV").name()).isEqualTo("REV");
    }

    @Test
    void aggregatesAFormulaOfTheFileAsFormula() {
        Kpi kpi = imported("- code: A\n- code: B\n- code: MARGIN\n  formula: \"A - B\"");

        assertThat(kpi.collection().aggregation()).isEqualTo(Aggregation.FORMULA);
    }
}
