package dev.fourfold.kpi;

import static dev.fourfold.kpi.KpiTestData.aDraft;
import static dev.fourfold.kpi.KpiTestData.aKpi;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fourfold.scoring.Method;
import dev.fourfold.scoring.Polarity;
import dev.fourfold.shared.Frequency;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** A KPI changes through withers, each of which keeps everything else. */
class KpiTests {

    @Test
    void witheringIdentityKeepsTheDefinition() {
        Kpi kpi = aDraft().withFormula("A + B").withLead("lag").withOwner("ann").complete();

        Kpi changed = kpi.withId(5).withScorecard(3).withPosition(2).withVersion(4).withRetired(true);

        assertThat(changed).extracting(Kpi::id, Kpi::scorecardId, Kpi::position, Kpi::version, Kpi::retired)
                .containsExactly(5L, 3L, 2, 4L, true);
        assertThat(changed).usingRecursiveComparison().ignoringFields("id", "scorecardId", "position", "version",
                "retired").isEqualTo(kpi);
    }

    @Test
    void witheringScoringKeepsCollectionAndForecast() {
        Kpi kpi = aKpi();

        Kpi changed = kpi.withScoring(kpi.scoring().withPolarity(Polarity.LOWER).withMethod(Method.BINARY)
                .withWeight(new BigDecimal("2")).withTarget(BigDecimal.TEN));

        assertThat(changed.scoring()).extracting(ScoringParameters::polarity, ScoringParameters::method,
                ScoringParameters::weight, ScoringParameters::target)
                .containsExactly(Polarity.LOWER, Method.BINARY, new BigDecimal("2"), BigDecimal.TEN);
        assertThat(changed).usingRecursiveComparison().ignoringFields("scoring").isEqualTo(kpi);
    }

    @Test
    void witheringCollectionKeepsScoring() {
        Kpi kpi = aKpi();

        Kpi changed = kpi.withCollection(kpi.collection().withFrequency(Frequency.YEARLY).withGraceDays(0)
                .withOwner("bob")).withForecast(Kpi.Forecast.AUTO);

        assertThat(changed.collection()).extracting(CollectionSettings::frequency, CollectionSettings::graceDays,
                CollectionSettings::owner).containsExactly(Frequency.YEARLY, 0, "bob");
        assertThat(changed.collection().aggregation()).isEqualTo(kpi.collection().aggregation());
        assertThat(changed).usingRecursiveComparison().ignoringFields("collection").isEqualTo(kpi);
    }

    @Test
    void recordsTheVocabularyAsKeysInTheChangeLog() {
        Kpi kpi = aDraft().withPolarity("lower").withMethod("goal-redflag").withForecast("holt-winters", null, null)
                .withLead("lead").complete();

        assertThat(kpi.snapshot()).containsEntry("polarity", "lower").containsEntry("frequency", "monthly")
                .containsEntry("aggregation", "sum").containsEntry("method", "goal-redflag")
                .containsEntry("missingInputs", "blank").containsEntry("targetAggregation", "average")
                .containsEntry("lead", "lead").containsEntry("graceDays", 10)
                .containsEntry("forecast.method", "holt-winters");
        assertThat(kpi.snapshot().keySet()).startsWith("objectiveId", "code", "name", "description", "unit",
                "polarity", "frequency", "aggregation", "method", "weight", "position").endsWith("retired");
    }

    @Test
    void targetsOfAFormulaCombineByItsTargetAggregation() {
        assertThat(aDraft().withFormula("A + B").withTargetAggregation("sum").complete().collection()
                .targetCombination()).hasToString("SUM");
        assertThat(aDraft().withAggregation("last").complete().collection().targetCombination()).hasToString("LAST");
    }
}
