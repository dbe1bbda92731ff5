package dev.fourfold.scoring;

import static dev.fourfold.scoring.DataBuilder.values;
import static dev.fourfold.scoring.KpiBuilder.aKpi;
import static dev.fourfold.scoring.ScorecardBuilder.aPerspective;
import static dev.fourfold.scoring.ScorecardBuilder.aScorecard;
import static dev.fourfold.scoring.ScorecardBuilder.anObjective;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.fourfold.shared.Period;
import org.junit.jupiter.api.Test;

class RollupTests {

    private static final Period MARCH = Period.parse("2026-03");

    /** Ratio KPIs with target 100 whose actual equals the wanted score; {@code null} score = no actual. */
    private static ObjectiveResult objective(ScorecardBuilder scorecard, RollupRule rule, Object... weightsAndScores) {
        KpiBuilder[] kpis = new KpiBuilder[weightsAndScores.length / 2];
        DataBuilder data = values();
        for (int i = 0; i < kpis.length; i++) {
            kpis[i] = aKpi("K" + i).weighing((String) weightsAndScores[2 * i]).withTarget("100");
            if (weightsAndScores[2 * i + 1] != null) {
                data.actuals("K" + i, "2026-03", (String) weightsAndScores[2 * i + 1]);
            }
        }
        ScorecardDefinition definition = scorecard.with(aPerspective("P", anObjective("O", null, rule, kpis))).build();
        return ScoringModel.of(definition, data.build()).evaluate(MARCH, View.PERIOD)
                .perspectives().get(0).objectives().get(0);
    }

    private static ObjectiveResult objective(Object... weightsAndScores) {
        return objective(aScorecard(), null, weightsAndScores);
    }

    @Test
    void weighsChildrenAsInforPublishes() {
        assertThat(objective("50", "90", "50", "50").score()).isEqualTo(70);
        assertThat(objective("90", "90", "10", "50").score()).isCloseTo(86, within(1e-12));
    }

    @Test
    void givesNoScoreToAParentWhoseOnlyChildWeighsZero() {
        ObjectiveResult parent = objective("0", "90");
        assertThat(parent.score()).isNull();
        assertThat(parent.reason()).isEqualTo("no scored KPI");
        assertThat(parent.explanation().ignored()).containsExactly(new RollupExplanation.Ignored("K0", "weight 0"));
    }

    @Test
    void sharesWeightsAsSpiderImpactPublishes() {
        ObjectiveResult equal = objective("1", "80", "1", "40");
        assertThat(equal.explanation().contributions()).extracting(RollupExplanation.Contribution::share)
                .containsExactly(0.5, 0.5);
        ObjectiveResult twoToOne = objective("2", "80", "1", "40");
        assertThat(twoToOne.explanation().contributions().get(0).share()).isCloseTo(0.6667, within(0.00005));
        assertThat(twoToOne.explanation().contributions().get(1).share()).isCloseTo(0.3333, within(0.00005));
        assertThat(twoToOne.explanation().contributions().get(0).contribution()).isCloseTo(53.3333, within(0.0001));
    }

    @Test
    void ignoresAMissingChildAndRenormalisesByDefault() {
        ScorecardBuilder ten = aScorecard().onScale(Scale.TEN).scoredBy(Method.BINARY);
        ObjectiveResult parent = objective(ten, null, "1", "100", "1", null);
        assertThat(parent.score()).isEqualTo(10);
        ObjectiveResult eight = objective("1", "80", "1", null);
        assertThat(eight.score()).isEqualTo(80);
        assertThat(eight.explanation().ignored()).containsExactly(
                new RollupExplanation.Ignored("K1", "no score: no actual in 2026-03"));
    }

    @Test
    void blanksTheParentOfAMissingChildWhenAsked() {
        ObjectiveResult parent = objective(aScorecard().blankingOnMissing(), null, "1", "80", "1", null);
        assertThat(parent.score()).isNull();
        assertThat(parent.reason()).isEqualTo("no score for K1, and missing scores blank the parent");
    }

    @Test
    void neverLetsAWeightZeroChildBlankItsParent() {
        ObjectiveResult parent = objective(aScorecard().blankingOnMissing(), null, "1", "80", "0", null);
        assertThat(parent.score()).isEqualTo(80);
    }

    @Test
    void averagesIgnoringWeightsButExcludingWeightZero() {
        ObjectiveResult parent = objective(aScorecard(), RollupRule.AVERAGE, "5", "90", "1", "60", "0", "10");
        assertThat(parent.score()).isEqualTo(75);
        assertThat(parent.explanation().text()).isEqualTo("O: average of 90, 60 = 75; red, below amber 80; ignored K2 (weight 0)");
    }

    @Test
    void takesTheWorstWeightedChild() {
        ObjectiveResult parent = objective(aScorecard(), RollupRule.WORST, "5", "90", "1", "85", "0", "10");
        assertThat(parent.score()).isEqualTo(85);
        assertThat(parent.status()).isEqualTo(Status.AMBER);
    }

    @Test
    void coloursAParentByItsOwnScoreNotByItsChildrensColours() {
        ObjectiveResult parent = objective("1", "100", "1", "60");
        assertThat(parent.score()).isEqualTo(80);
        assertThat(parent.status()).isEqualTo(Status.AMBER);
    }

    @Test
    void doesNotCapRollups() {
        ObjectiveResult parent = objective(aScorecard().cappedAt(0, 150), null, "1", "200", "1", "200");
        assertThat(parent.score()).isEqualTo(150);
        ObjectiveResult weighted = objective(aScorecard().withBands(new Bands(80, 100, 140.0)), null, "1", "150");
        assertThat(weighted.status()).isEqualTo(Status.BLUE);
    }

    @Test
    void explainsEachChildsWeightScoreAndContribution() {
        Evaluation acme = new ScoringEngine().evaluate(ScorecardFixtures.acme(), ScorecardFixtures.acmeData(), MARCH,
                View.PERIOD);
        RollupExplanation f1 = acme.perspectives().get(0).objectives().get(0).explanation();
        assertThat(f1.contributions()).extracting(RollupExplanation.Contribution::name, RollupExplanation.Contribution::weight)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("REV", 2.0), org.assertj.core.groups.Tuple.tuple("COGS", 1.0),
                        org.assertj.core.groups.Tuple.tuple("MARGIN", 1.0));
        assertThat(f1.contributions().get(0).contribution()).isEqualTo(47.5);
        assertThat(f1.text()).isEqualTo("F1: (2 × 95 + 1 × 90 + 1 × 92.1052631579) / 4 = 93.0263157895; amber from 80");
        assertThat(acme.explanation().ignored()).containsExactly(
                new RollupExplanation.Ignored("Customer", "no score: no scored objective"));
    }
}
