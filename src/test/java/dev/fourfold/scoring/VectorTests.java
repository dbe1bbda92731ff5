package dev.fourfold.scoring;

import static dev.fourfold.scoring.KpiBuilder.aKpi;
import static dev.fourfold.scoring.KpiBuilder.dec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** Every single-KPI case of {@code vectors/vectors.csv}, equal to the published score after rounding to its digits. */
class VectorTests {

    private final ScoringEngine engine = new ScoringEngine();

    @ParameterizedTest(name = "{0} {1} {2} {3}: target {4}, actual {5} → {10}")
    @CsvFileSource(resources = "/vectors/vectors.csv", numLinesToSkip = 1)
    void reproducesThePublishedScore(String id, String source, String method, String polarity, String target,
                                     String actual, String baseline, String min, String max, String redFlag,
                                     String expected, String tolerance) {
        Method m = Method.fromKey(method);
        KpiBuilder kpi = aKpi(id).polarity(Polarity.fromKey(polarity)).scoredBy(m).withTarget(target)
                .withBaseline(baseline).withRedFlag(redFlag);
        if (min != null) {
            kpi.between(min, max);
        }
        Scale scale = m.belongsTo(Scale.PERCENT) ? Scale.PERCENT : Scale.TEN;
        ScorecardDefinition scorecard = ScorecardBuilder.withKpis(kpi).onScale(scale).build();

        ScoreResult result = engine.scoreValue(scorecard, kpi.build(), dec(actual), null);

        assertThat(result).isInstanceOf(ScoreResult.Scored.class);
        double score = result.score();
        BigDecimal published = new BigDecimal(expected);
        assertThat(BigDecimal.valueOf(score).setScale(Math.max(0, published.scale()), RoundingMode.HALF_UP))
                .isEqualByComparingTo(published);
        assertThat(score).isCloseTo(published.doubleValue(), within(Double.parseDouble(tolerance) + 1e-12));
    }
}
