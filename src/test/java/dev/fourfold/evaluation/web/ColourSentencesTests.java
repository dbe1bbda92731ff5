package dev.fourfold.evaluation.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fourfold.scoring.Bands;
import dev.fourfold.scoring.KpiExplanation;
import dev.fourfold.scoring.Polarity;
import dev.fourfold.scoring.Status;
import dev.fourfold.scoring.View;
import dev.fourfold.shared.Period;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** "Why this colour" told as sentences with the numbers, from the engine's explanation, in English and German. */
class ColourSentencesTests {

    private static final Period OCTOBER = Period.month(2026, 10);
    private static final Bands BANDS = new Bands(90, 100, null);

    private final ResourceBundleMessageSource messages = messages();

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource m = new ResourceBundleMessageSource();
        m.setBasename("i18n/kpi");
        m.setDefaultEncoding("UTF-8");
        m.setFallbackToSystemLocale(false);
        return m;
    }

    private static KpiExplanation scored(double actual, Double target, double score, Status status, String colour,
                                         String workings) {
        return new KpiExplanation("REV", OCTOBER, View.PERIOD, actual, target, 1.0, List.of(OCTOBER), List.of(),
                "ratio", null, workings, score, status, colour, null, "");
    }

    @Test
    void saysWhichBandsTheRatioScoreLiesBetween() {
        var e = scored(4829.9, 4967.0, 97.2397, Status.AMBER, "amber from 90", "ratio … = 97.2397");

        assertThat(new ColourSentences(messages, Locale.ENGLISH).of(e, BANDS, null)).containsExactly(
                "Actual 4,829.9 against target 4,967: ratio scoring gives 97.24, which is amber because it lies "
                        + "between 90 and 100.");
    }

    @Test
    void writesGermanSentencesWithDecimalCommas() {
        var e = scored(4829.9, 4967.0, 97.2397, Status.AMBER, "amber from 90", "ratio … = 97.2397");

        assertThat(new ColourSentences(messages, Locale.GERMAN).of(e, BANDS, null)).containsExactly(
                "Ist 4.829,9 gegen Ziel 4.967: die Methode Verhältnis ergibt 97,24, das ist gelb, weil es zwischen 90 "
                        + "und 100 liegt.");
    }

    @Test
    void namesTheLowestGreenBoundAndTheCapForAGreenScoreThatWasCapped() {
        var e = scored(300, 100.0, 150, Status.GREEN, "green from 100", "ratio … = 300, capped to 150");

        assertThat(new ColourSentences(messages, Locale.ENGLISH).of(e, BANDS, null)).containsExactly(
                "Actual 300 against target 100: ratio scoring gives 150, which is green because it is 100 or more.",
                "The scorecard caps scores, so the score counts as 150.");
    }

    @Test
    void explainsARedScoreOfALowerIsBetterKpiByItsValueThresholdsWhenTheEngineUsedThem() {
        var e = scored(12, 8.0, 50, Status.RED, "red: actual 12 > amber threshold 10", "ratio … = 50");
        var thresholds = new ColourSentences.Thresholds(new BigDecimal("10"), new BigDecimal("8"), null, Polarity.LOWER);

        assertThat(new ColourSentences(messages, Locale.ENGLISH).of(e, BANDS, thresholds)).containsExactly(
                "Actual 12 against target 8: ratio scoring gives 50, which is red because the actual is above the "
                        + "amber threshold 10.");
    }

    @Test
    void tellsWhyThereIsNoScoreAndWhichPeriodsAreMissing() {
        var none = new KpiExplanation("REV", OCTOBER, View.PERIOD, null, 4967.0, 0.0, List.of(), List.of(OCTOBER),
                "ratio", null, null, null, Status.NONE, null, "no actual", "");
        var partial = new KpiExplanation("REV", Period.quarter(2026, 3), View.PERIOD, 900.0, null, 0.67,
                List.of(Period.month(2026, 7), Period.month(2026, 8)), List.of(Period.month(2026, 9)), "minmax",
                null, "minmax … = 45", 45.0, Status.RED, "red, below amber 90", null, "");

        assertThat(new ColourSentences(messages, Locale.ENGLISH).of(none, BANDS, null))
                .containsExactly("There is no score for 2026-10: no actual.");
        assertThat(new ColourSentences(messages, Locale.ENGLISH).of(partial, BANDS, null)).containsExactly(
                "Actual 900: min–max scoring gives 45, which is red because it lies below 90.",
                "2 of 3 periods have a value; missing: 2026-09.");
    }
}
