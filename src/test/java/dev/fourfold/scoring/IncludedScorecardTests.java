package dev.fourfold.scoring;

import static dev.fourfold.scoring.DataBuilder.values;
import static dev.fourfold.scoring.KpiBuilder.aKpi;
import static dev.fourfold.scoring.ScorecardBuilder.aPerspective;
import static dev.fourfold.scoring.ScorecardBuilder.aScorecard;
import static dev.fourfold.scoring.ScorecardBuilder.anObjective;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fourfold.shared.Period;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A group's Financial perspective includes its divisions' Financial perspectives (the README's worked example): its
 * own objective scores 75, Manufacturing's Financial 80 (weight 2), Services' Financial 125: 90.
 */
class IncludedScorecardTests {

    private static final Period MARCH = Period.parse("2026-03");
    private static final String MANUFACTURING = "Northwind Manufacturing / Manufacturing scorecard / Financial";
    private static final String SERVICES = "Northwind Services / Services scorecard / Financial";

    /** A division whose Financial perspective scores {@code financial} and Customer 60; no value when null. */
    private static ScoringModel division(String name, String financial) {
        ScorecardDefinition definition = aScorecard().named(name)
                .with(aPerspective("Financial", anObjective(name + "F", aKpi(name + "_REV").withTarget("100"))))
                .with(aPerspective("Customer", anObjective(name + "C", aKpi(name + "_NPS").withTarget("100"))))
                .build();
        DataBuilder data = values().actuals(name + "_NPS", "2026-03", "60");
        if (financial != null) {
            data.actuals(name + "_REV", "2026-03", financial);
        }
        return ScoringModel.of(definition, data.build());
    }

    private static ScoringModel group(ScorecardBuilder scorecard, String services) {
        PerspectiveDefinition financial = new PerspectiveDefinition("Financial", null, null,
                List.of(anObjective("G1", aKpi("REV").withTarget("100"))), List.of(
                        new Inclusion("M", MANUFACTURING, "Financial", new BigDecimal("2")),
                        new Inclusion("S", SERVICES, "Financial", null)));
        return ScoringModel.of(scorecard.named("Group").with(financial).build(),
                        values().actuals("REV", "2026-03", "75").build())
                .including(Map.of("M", division("M", "80"), "S", division("S", services)), Map.of());
    }

    private static PerspectiveResult financial(ScoringModel group) {
        return group.evaluate(MARCH, View.PERIOD).perspectives().get(0);
    }

    @Test
    void weighsEachIncludedPerspectiveLikeAnyOtherChild() {
        PerspectiveResult financial = financial(group(aScorecard(), "125"));
        assertThat(financial.score()).isEqualTo(90);
        assertThat(financial.included()).extracting(IncludedResult::score).containsExactly(80.0, 125.0);
        assertThat(financial.explanation().contributions()).containsExactly(
                new RollupExplanation.Contribution("G1", 1, 75, 0.25, 18.75),
                new RollupExplanation.Contribution(MANUFACTURING, 2, 80, 0.5, 40),
                new RollupExplanation.Contribution(SERVICES, 1, 125, 0.25, 31.25));
        assertThat(financial.explanation().text()).isEqualTo(
                "Financial: (1 × 75 + 2 × 80 + 1 × 125) / 4 = 90; amber from 80");
    }

    @Test
    void ignoresAnIncludedScorecardWithoutAScoreAndSaysWhy() {
        PerspectiveResult financial = financial(group(aScorecard(), null));
        assertThat(financial.score()).isEqualTo(235.0 / 3);
        assertThat(financial.explanation().ignored()).containsExactly(
                new RollupExplanation.Ignored(SERVICES, "no score: no scored objective"));
    }

    @Test
    void blanksTheParentWhenMissingScoresBlankIt() {
        PerspectiveResult financial = financial(group(aScorecard().blankingOnMissing(), null));
        assertThat(financial.score()).isNull();
        assertThat(financial.reason()).isEqualTo("no score for " + SERVICES + ", and missing scores blank the parent");
    }

    @Test
    void countsAnIncludedScorecardsOverallScoreUnderAnObjective() {
        ObjectiveDefinition objective = new ObjectiveDefinition("G2", null, null, List.of(),
                List.of(new Inclusion("M", "Northwind Manufacturing / Manufacturing scorecard", null, null)));
        ScoringModel group = ScoringModel.of(aScorecard().with(aPerspective("Financial", objective)).build(),
                ScorecardData.EMPTY).including(Map.of("M", division("M", "80")), Map.of());
        ObjectiveResult result = group.evaluate(MARCH, View.PERIOD).perspectives().get(0).objectives().get(0);
        assertThat(result.score()).isEqualTo(70);
        assertThat(result.included().get(0).evaluation().name()).isEqualTo("M");
    }

    @Test
    void evaluatesIncludedScorecardsAtTheParentsPeriodAndView() {
        IncludedResult included = financial(group(aScorecard(), "125")).included().get(0);
        assertThat(included.evaluation().period()).isEqualTo(MARCH);
        assertThat(included.evaluation().view()).isEqualTo(View.PERIOD);
        ScoringModel later = group(aScorecard(), "125");
        assertThat(later.evaluate(Period.parse("2026-04"), View.PERIOD).perspectives().get(0).score())
                .as("no values in April anywhere").isNull();
    }

    @Test
    void leavesOutAnUnavailableInclusionWithItsReason() {
        PerspectiveDefinition financial = new PerspectiveDefinition("Financial", null, null,
                List.of(anObjective("G1", aKpi("REV").withTarget("100"))),
                List.of(new Inclusion("X", "a scorecard not shared with this scorecard's readers", "Financial", null)));
        ScoringModel group = ScoringModel.of(aScorecard().with(financial).build(),
                values().actuals("REV", "2026-03", "75").build())
                .including(Map.of(), Map.of("X", "not shared with this scorecard's readers"));
        PerspectiveResult result = financial(group);
        assertThat(result.score()).isEqualTo(75);
        assertThat(result.included().get(0).evaluation()).isNull();
        assertThat(result.explanation().ignored().get(0).why()).isEqualTo("no score: not shared with this scorecard's readers");
    }

    @Test
    void namesAPerspectiveTheIncludedScorecardLacks() {
        PerspectiveDefinition growth = new PerspectiveDefinition("Growth", null, null, List.of(),
                List.of(new Inclusion("M", "M / M", "Growth", null)));
        ScoringModel group = ScoringModel.of(aScorecard().with(growth).build(), ScorecardData.EMPTY)
                .including(Map.of("M", division("M", "80")), Map.of());
        assertThat(financial(group).included().get(0).reason()).isEqualTo("'M' has no perspective 'Growth'");
    }

    @Test
    void refusesAnInclusionWithoutAModelOrOnAnotherScale() {
        PerspectiveDefinition financial = new PerspectiveDefinition("Financial", null, null, List.of(),
                List.of(new Inclusion("M", "M / M", null, null)));
        ScoringModel group = ScoringModel.of(aScorecard().with(financial).build(), ScorecardData.EMPTY);
        assertThatThrownBy(() -> group.including(Map.of(), Map.of())).hasMessageContaining("no model");
        ScoringModel tenScale = ScoringModel.of(aScorecard().onScale(Scale.TEN).build(), ScorecardData.EMPTY);
        assertThatThrownBy(() -> group.including(Map.of("M", tenScale), Map.of())).hasMessageContaining("scale");
    }

    @Test
    void findsACycleOfInclusionsWithItsPath() {
        assertThat(IncludeGraph.findCycle(Map.of("A", List.of("B"), "B", List.of("A")))).get()
                .satisfies(path -> assertThat(path).hasSize(3).first().isEqualTo(path.get(2)));
        assertThat(IncludeGraph.findCycle(Map.of("A", List.of("A")))).contains(List.of("A", "A"));
        assertThat(IncludeGraph.findCycle(Map.of("G", List.of("M", "S"), "M", List.of("D"), "S", List.of("D"))))
                .as("two divisions including the same department is no cycle").isEmpty();
    }
}
