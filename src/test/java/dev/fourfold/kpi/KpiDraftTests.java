package dev.fourfold.kpi;

import static dev.fourfold.kpi.KpiTestData.aDraft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.fourfold.scoring.Aggregation;
import dev.fourfold.scoring.ForecastMethod;
import dev.fourfold.scoring.Method;
import dev.fourfold.scoring.MissingInputs;
import dev.fourfold.scoring.Polarity;
import dev.fourfold.shared.FieldProblem;
import dev.fourfold.shared.Frequency;
import dev.fourfold.shared.InvalidInputException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Completing a draft: the defaults every path gets, and the problems of its own fields. */
class KpiDraftTests {

    @Test
    void appliesTenGraceDaysWhenNoneIsGiven() {
        assertThat(aDraft().withGraceDays(null).complete().collection().graceDays()).isEqualTo(10);
    }

    @Test
    void keepsGraceDaysThatAreGiven() {
        assertThat(aDraft().withGraceDays(0).complete().collection().graceDays()).isZero();
    }

    @Test
    void appliesTheDefaultsOfAnEnteredKpi() {
        Kpi kpi = aDraft().complete();

        assertThat(kpi.scoring().polarity()).isEqualTo(Polarity.HIGHER);
        assertThat(kpi.scoring().method()).isNull();
        assertThat(kpi.scoring().weight()).isEqualTo(BigDecimal.ONE);
        assertThat(kpi.collection().frequency()).isEqualTo(Frequency.MONTHLY);
        assertThat(kpi.collection().aggregation()).isEqualTo(Aggregation.SUM);
        assertThat(kpi.collection().missingInputs()).isEqualTo(MissingInputs.BLANK);
        assertThat(kpi.collection().targetAggregation()).isEqualTo(Aggregation.AVERAGE);
        assertThat(kpi.forecast()).isEqualTo(Kpi.Forecast.AUTO);
        assertThat(kpi.lead()).isNull();
        assertThat(kpi.position()).isZero();
        assertThat(kpi.retired()).isFalse();
    }

    @Test
    void aggregatesAFormulaKpiAsFormulaByDefault() {
        Kpi kpi = aDraft().withFormula("A + B").complete();

        assertThat(kpi.collection().aggregation()).isEqualTo(Aggregation.FORMULA);
        assertThat(kpi.isFormula()).isTrue();
    }

    @Test
    void keepsAnAggregationThatIsGivenForAFormula() {
        assertThat(aDraft().withFormula("A + B").withAggregation("average").complete().collection().aggregation())
                .isEqualTo(Aggregation.AVERAGE);
    }

    @Test
    void treatsBlankKeysAsLeftOut() {
        Kpi kpi = aDraft().withPolarity(" ").withFrequency("").withMethod("  ").withFormula(" ").complete();

        assertThat(kpi.scoring().polarity()).isEqualTo(Polarity.HIGHER);
        assertThat(kpi.collection().frequency()).isEqualTo(Frequency.MONTHLY);
        assertThat(kpi.scoring().method()).isNull();
        assertThat(kpi.formula()).isNull();
    }

    @Test
    void readsKeysIgnoringCaseAndSurroundingSpace() {
        Kpi kpi = aDraft().withPolarity(" Lower ").withFrequency("QUARTERLY").withMethod("goal-redflag")
                .withMissingInputs("zero").withTargetAggregation("sum").withLead("lead").complete();

        assertThat(kpi.scoring().polarity()).isEqualTo(Polarity.LOWER);
        assertThat(kpi.collection().frequency()).isEqualTo(Frequency.QUARTERLY);
        assertThat(kpi.scoring().method()).isEqualTo(Method.GOAL_REDFLAG);
        assertThat(kpi.collection().missingInputs()).isEqualTo(MissingInputs.ZERO);
        assertThat(kpi.collection().targetAggregation()).isEqualTo(Aggregation.SUM);
        assertThat(kpi.lead()).isEqualTo(Indicator.LEAD);
    }

    @Test
    void forecastsWithHoltWhenOnlySmoothingIsGiven() {
        assertThat(aDraft().withForecast(null, "0.5", null).complete().forecast())
                .isEqualTo(new Kpi.Forecast(ForecastMethod.HOLT, new BigDecimal("0.5"), null));
        assertThat(aDraft().withForecast(null, null, null).complete().forecast()).isEqualTo(Kpi.Forecast.AUTO);
        assertThat(aDraft().withForecast("holt-winters", null, null).complete().forecast().method())
                .isEqualTo(ForecastMethod.HOLT_WINTERS);
    }

    @Test
    void stripsTextsAndDropsBlankOptionalOnes() {
        Kpi kpi = aDraft().withCode(" REV ").withName(" Revenue ").withDescription("  ").withOwner(" ann ").complete();

        assertThat(kpi.code()).isEqualTo("REV");
        assertThat(kpi.name()).isEqualTo("Revenue");
        assertThat(kpi.description()).isNull();
        assertThat(kpi.collection().owner()).isEqualTo("ann");
    }

    @Test
    void reportsEveryUnknownKeyUnderItsFieldWithTheVocabularysMessage() {
        KpiDraft draft = aDraft().withPolarity("sideways").withFrequency("hourly").withAggregation("median")
                .withMethod("magic").withMissingInputs("skip").withTargetAggregation("first")
                .withForecast("arima", null, null).withLead("LEAD").build();

        assertThatThrownBy(draft::complete).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.problems()).extracting(FieldProblem::field, FieldProblem::message).containsExactly(
                        tuple("polarity", "'sideways' is not a polarity; expected one of: higher, lower, range"),
                        tuple("frequency", "'hourly' is not a frequency; expected daily, weekly, monthly, quarterly or yearly"),
                        tuple("aggregation", "'median' is not an aggregation; expected one of: sum, average, last, "
                                + "min, max, formula"),
                        tuple("method", "'magic' is not a scoring method; expected one of: ratio, progress, minmax, "
                                + "band, binary, goal-redflag"),
                        tuple("missingInputs", "'skip' is not a missing-inputs option; expected one of: blank, zero"),
                        tuple("targetAggregation", "'first' is not an aggregation; expected one of: sum, average, "
                                + "last, min, max, formula"),
                        tuple("forecast.method", "'arima' is not a forecast method; expected one of: auto, holt, "
                                + "holt-winters"),
                        tuple("lead", "must be 'lead' or 'lag', was 'LEAD'")));
    }

    @Test
    void reportsFieldsOutOfRangeAfterTheKeys() {
        KpiDraft draft = aDraft().withCode("9bad").withName("").withPolarity("sideways").withWeight("-1")
                .withGraceDays(400).build();

        assertThat(draft.completed()).isEmpty();
        assertThatThrownBy(draft::complete).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.problems()).extracting(FieldProblem::field)
                        .containsExactly("code", "name", "polarity", "weight", "graceDays"));
    }

    @Test
    void reportsGraceDaysOutsideAYear() {
        assertThatThrownBy(() -> aDraft().withGraceDays(367).complete())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsExactly(new FieldProblem("graceDays", "must be between 0 and 366 days, was 367")));
    }
}
