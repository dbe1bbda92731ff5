package dev.fourfold.scoring;

import static dev.fourfold.scoring.KpiBuilder.aKpi;
import static dev.fourfold.scoring.ScorecardBuilder.aPerspective;
import static dev.fourfold.scoring.ScorecardBuilder.aScorecard;
import static dev.fourfold.scoring.ScorecardBuilder.anObjective;
import static dev.fourfold.scoring.ScorecardBuilder.withKpis;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DefinitionValidatorTests {

    private static List<DefinitionProblem> validate(ScorecardBuilder scorecard) {
        return DefinitionValidator.validate(scorecard.build(), List.of());
    }

    @Test
    void acceptsTheAcmeScorecard() {
        assertThat(DefinitionValidator.validate(ScorecardFixtures.acme(), List.of())).isEmpty();
    }

    @Test
    void rejectsARangeKpiScoredByRatio() {
        assertThat(validate(withKpis(aKpi("A"), aKpi("T").inRange("6", "10", "4"))))
                .containsExactly(new DefinitionProblem("perspectives[0].objectives[0].kpis[1].polarity",
                        "a range KPI is scored by band or binary, not 'ratio'"));
        assertThat(validate(withKpis(aKpi("T").inRange("6", "10", null).scoredBy(Method.MINMAX))))
                .extracting(DefinitionProblem::path).containsExactly("perspectives[0].objectives[0].kpis[0].method");
    }

    @Test
    void acceptsARangeKpiScoredByBandOrBinary() {
        assertThat(validate(withKpis(aKpi("T").inRange("6", "10", "4").scoredBy(Method.BAND),
                aKpi("U").inRange("6", "10", null).scoredBy(Method.BINARY)))).isEmpty();
    }

    @Test
    void rejectsAMethodOfTheOtherScale() {
        assertThat(validate(withKpis(aKpi("A").scoredBy(Method.GOAL_REDFLAG))))
                .containsExactly(new DefinitionProblem("perspectives[0].objectives[0].kpis[0].method",
                        "'goal-redflag' belongs to the other scale; this scorecard uses the percent scale"));
        assertThat(validate(withKpis(aKpi("A").scoredBy(Method.PROGRESS)).onScale(Scale.TEN)))
                .extracting(DefinitionProblem::path).containsExactly("perspectives[0].objectives[0].kpis[0].method");
        assertThat(validate(withKpis(aKpi("A").scoredBy(Method.BINARY)).onScale(Scale.TEN))).isEmpty();
        assertThat(validate(withKpis(aKpi("A")).scoredBy(Method.GOAL_REDFLAG)))
                .extracting(DefinitionProblem::path).containsExactly("method");
    }

    @Test
    void rejectsNegativeWeightsWherever() {
        ScorecardBuilder scorecard = aScorecard().with(aPerspective("P", "-1", null,
                anObjective("O", "-2", null, aKpi("A").weighing("-3"))));
        assertThat(validate(scorecard)).extracting(DefinitionProblem::path).containsExactly(
                "perspectives[0].weight", "perspectives[0].objectives[0].weight",
                "perspectives[0].objectives[0].kpis[0].weight");
    }

    @Test
    void rejectsBandsThatDoNotAscend() {
        assertThat(validate(withKpis(aKpi("A")).withBands(new Bands(100, 80, null))))
                .containsExactly(new DefinitionProblem("bands", "bands must ascend: amber below green below blue"));
        assertThat(validate(withKpis(aKpi("A")).withBands(new Bands(80, 100, 90.0)))).hasSize(1);
    }

    @Test
    void checksThresholdOrderAgainstThePolarity() {
        assertThat(validate(withKpis(aKpi("A").withThresholds("500", "700", null),
                aKpi("B").lowerIsBetter().withThresholds("30", "20", "10")))).isEmpty();
        assertThat(validate(withKpis(aKpi("A").lowerIsBetter().withThresholds("500", "700", null))))
                .extracting(DefinitionProblem::message)
                .containsExactly("thresholds of a lower-is-better KPI must descend: amber above green above blue");
    }

    @Test
    void rejectsUnknownFormulaCodesAndParseErrors() {
        List<DefinitionProblem> problems = validate(withKpis(aKpi("A"),
                aKpi("M").calculatedAs("a / nope + prev(gone)"), aKpi("N").calculatedAs("A +")));
        assertThat(problems).extracting(DefinitionProblem::toString).containsExactly(
                "perspectives[0].objectives[0].kpis[1].formula: unknown KPI code 'GONE'",
                "perspectives[0].objectives[0].kpis[1].formula: unknown KPI code 'NOPE'",
                "perspectives[0].objectives[0].kpis[2].formula: unexpected end of formula at column 4");
    }

    @Test
    void resolvesFormulaCodesAgainstKpisOfTheWholeOrganisation() {
        ScorecardDefinition scorecard = withKpis(aKpi("M").calculatedAs("ELSEWHERE * 2")).build();
        assertThat(DefinitionValidator.validate(scorecard, List.of(aKpi("elsewhere").build()))).isEmpty();
    }

    @Test
    void rejectsAFormulaCycleNamingItsPath() {
        assertThat(validate(withKpis(aKpi("A").calculatedAs("B + 1"), aKpi("B").calculatedAs("C * 2"),
                aKpi("C").calculatedAs("a - prev(C)"))))
                .containsExactly(new DefinitionProblem("perspectives[0].objectives[0].kpis[0].formula",
                        "formula cycle: A → B → C → A"));
    }

    @Test
    void allowsAFormulaToReadItsOwnPreviousValue() {
        assertThat(validate(withKpis(aKpi("IN"), aKpi("CUM").calculatedAs("prev(cum) + IN")))).isEmpty();
    }

    @Test
    void rejectsDuplicateCodesIgnoringCase() {
        assertThat(validate(aScorecard().with(aPerspective("P", anObjective("O1", aKpi("REV")),
                anObjective("o1", aKpi("rev"))))))
                .extracting(DefinitionProblem::toString).containsExactly(
                        "perspectives[0].objectives[1].code: duplicate objective code 'o1' (also at perspectives[0].objectives[0])",
                        "perspectives[0].objectives[1].kpis[0].code: duplicate KPI code 'rev' (also at perspectives[0].objectives[0].kpis[0])");
    }

    @Test
    void rejectsMismatchedFormulaAndAggregation() {
        assertThat(validate(withKpis(aKpi("A").aggregatedBy(Aggregation.FORMULA),
                aKpi("B").calculatedAs("1").aggregatedBy(Aggregation.SUM),
                aKpi("C").calculatedAs("1").withTargetsAggregatedBy(Aggregation.FORMULA))))
                .extracting(DefinitionProblem::path).containsExactly(
                        "perspectives[0].objectives[0].kpis[0].aggregation",
                        "perspectives[0].objectives[0].kpis[1].aggregation",
                        "perspectives[0].objectives[0].kpis[2].targetAggregation");
    }

    @Test
    void rejectsABadFiscalYearStartCapAndCode() {
        ScorecardDefinition bad = new ScorecardDefinition("X", 13, null, null, null, new Cap(150, 0), null, null,
                List.of(aPerspective("P", anObjective("O", aKpi("1ABC")))));
        assertThat(DefinitionValidator.validate(bad, List.of())).extracting(DefinitionProblem::path)
                .containsExactly("fiscalYearStart", "cap", "perspectives[0].objectives[0].kpis[0].code");
    }

    @Test
    void validatesOneKpiOnSaveAgainstTheKnownCodes() {
        Map<String, Set<String>> known = Map.of("REV", Set.of(), "B", Set.of("NEW"));
        KpiDefinition fine = aKpi("new").calculatedAs("rev * 2").build();
        KpiDefinition cyclic = aKpi("NEW").calculatedAs("B + REV").build();
        KpiDefinition unknown = aKpi("NEW").calculatedAs("COST").build();
        assertThat(DefinitionValidator.validateKpi(fine, Scale.PERCENT, Method.RATIO, known)).isEmpty();
        assertThat(DefinitionValidator.validateKpi(cyclic, Scale.PERCENT, Method.RATIO, known))
                .containsExactly(new DefinitionProblem("formula", "formula cycle: B → NEW → B"));
        assertThat(DefinitionValidator.validateKpi(unknown, Scale.PERCENT, Method.RATIO, known))
                .containsExactly(new DefinitionProblem("formula", "unknown KPI code 'COST'"));
    }
}
