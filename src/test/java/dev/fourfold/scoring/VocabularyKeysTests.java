package dev.fourfold.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class VocabularyKeysTests {

    @Test
    void usesLowerCaseHyphenatedKeys() {
        assertThat(Method.GOAL_REDFLAG.key()).isEqualTo("goal-redflag");
        assertThat(RollupRule.WEIGHTED_AVERAGE.key()).isEqualTo("weighted-average");
        assertThat(ForecastMethod.HOLT_WINTERS.key()).isEqualTo("holt-winters");
        assertThat(Scale.TEN.key()).isEqualTo("ten");
    }

    @Test
    void parsesKeysIgnoringCase() {
        assertThat(Method.fromKey("Goal-RedFlag")).isEqualTo(Method.GOAL_REDFLAG);
        assertThat(Polarity.fromKey("lower")).isEqualTo(Polarity.LOWER);
        assertThat(Aggregation.fromKey("average")).isEqualTo(Aggregation.AVERAGE);
        assertThat(MissingPolicy.fromKey("blank")).isEqualTo(MissingPolicy.BLANK);
        assertThat(MissingInputs.fromKey("zero")).isEqualTo(MissingInputs.ZERO);
        assertThat(View.fromKey("ytd")).isEqualTo(View.YTD);
        assertThat(Status.fromKey("blue")).isEqualTo(Status.BLUE);
    }

    @Test
    void listsTheAllowedKeysWhenAKeyIsUnknown() {
        assertThatThrownBy(() -> Method.fromKey("percentage"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'percentage' is not a scoring method; expected one of: ratio, progress, minmax, band, "
                        + "binary, goal-redflag");
        assertThatThrownBy(() -> RollupRule.fromKey(null))
                .hasMessageContaining("weighted-average, average, worst");
    }

    @Test
    void tiesEachMethodToItsScale() {
        assertThat(Method.RATIO.belongsTo(Scale.PERCENT)).isTrue();
        assertThat(Method.RATIO.belongsTo(Scale.TEN)).isFalse();
        assertThat(Method.GOAL_REDFLAG.belongsTo(Scale.TEN)).isTrue();
        assertThat(Method.BINARY.belongsTo(Scale.TEN)).isTrue();
        assertThat(Method.BINARY.belongsTo(Scale.PERCENT)).isTrue();
        assertThat(Scale.PERCENT.defaultMethod()).isEqualTo(Method.RATIO);
        assertThat(Scale.TEN.defaultMethod()).isEqualTo(Method.GOAL_REDFLAG);
    }

    @Test
    void fillsKpiDefaults() {
        KpiDefinition plain = KpiBuilder.aKpi("REV").build();
        KpiDefinition formula = KpiBuilder.aKpi("M").calculatedAs("A / B").build();
        assertThat(plain.polarity()).isEqualTo(Polarity.HIGHER);
        assertThat(plain.aggregation()).isEqualTo(Aggregation.SUM);
        assertThat(plain.weight()).isEqualByComparingTo("1");
        assertThat(formula.aggregation()).isEqualTo(Aggregation.FORMULA);
        assertThat(formula.targetAggregation()).isEqualTo(Aggregation.AVERAGE);
        assertThat(new ForecastSettings(null, 0.5, null).method()).isEqualTo(ForecastMethod.HOLT);
        assertThat(new ForecastSettings(null, null, null).method()).isEqualTo(ForecastMethod.AUTO);
    }
}
