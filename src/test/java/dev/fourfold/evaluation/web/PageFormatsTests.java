package dev.fourfold.evaluation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.thymeleaf.expression.Numbers;

/** Numbers of a scorecard page's rows, as the template's expressions formatted them before. */
class PageFormatsTests {

    private static final List<String> CHANGES = List.of("0", "0.04", "-0.04", "0.05", "-0.05", "0.051", "-0.06",
            "7.85", "7.75", "-17.5", "1234.56", "-98765.4321", "0.000001");

    @Test
    void writesTrendsWithAnArrowAndOneDecimalInTheReadersLocale() {
        PageFormats formats = new PageFormats(Locale.ENGLISH);

        assertThat(formats.trend(new BigDecimal("7.9"))).isEqualTo("▲ 7.9");
        assertThat(formats.trend(new BigDecimal("-13.25"))).isEqualTo("▼ -13.2");
        assertThat(formats.trend(new BigDecimal("0.05"))).isEqualTo("▶ 0.0");
        assertThat(formats.trend(new BigDecimal("-0.04"))).isEqualTo("▶ -0.0");
        assertThat(formats.trend(null)).isEmpty();
        assertThat(new PageFormats(Locale.GERMANY).trend(new BigDecimal("1234.56"))).isEqualTo("▲ 1234,6");
    }

    @Test
    void formatsTrendsAndCompletenessExactlyAsThymeleafsNumbersDid() {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.GERMANY, Locale.FRANCE, Locale.forLanguageTag("de-CH"),
                Locale.forLanguageTag("ar-EG"), Locale.forLanguageTag("hi-IN"))) {
            PageFormats formats = new PageFormats(locale);
            Numbers thymeleaf = new Numbers(locale);
            for (String change : CHANGES) {
                BigDecimal x = new BigDecimal(change);
                assertThat(formats.trend(x)).as("%s in %s", change, locale).endsWith(thymeleaf.formatDecimal(x, 1, 1));
                assertThat(formats.completeness(x)).as("%s in %s", change, locale)
                        .isEqualTo(thymeleaf.formatPercent(x, 1, 0));
            }
        }
    }

    @Test
    void writesValuesWithTheirOwnDecimalsUpToFourAndThousandsSeparators() {
        PageFormats formats = new PageFormats(Locale.ENGLISH);

        assertThat(formats.value(new BigDecimal("4200.5"))).isEqualTo("4,200.5");
        assertThat(formats.value(new BigDecimal("-1234567.50"))).isEqualTo("-1,234,567.50");
        assertThat(formats.value(new BigDecimal("0.123456"))).isEqualTo("0.1235");
        assertThat(formats.value(new BigDecimal("0.00005"))).isEqualTo("0.0001");
        assertThat(formats.value(new BigDecimal("1E+3"))).isEqualTo("1,000");
        assertThat(formats.value(null)).isEqualTo("—");
    }

    @Test
    void writesValuesAndScoresWithADecimalCommaInGerman() {
        PageFormats formats = new PageFormats(Locale.GERMAN);

        assertThat(formats.value(new BigDecimal("4200.5"))).isEqualTo("4.200,5");
        assertThat(formats.value(new BigDecimal("-1234567.50"))).isEqualTo("-1.234.567,50");
        assertThat(formats.scoreOf(new BigDecimal("97.65"))).isEqualTo("97,7");
        assertThat(formats.scoreOf(null)).isEqualTo("—");
    }

    @Test
    void writesScoresWithOneDecimalRoundedHalfUp() {
        assertThat(PageFormats.score(new BigDecimal("97.65"))).isEqualTo("97.7");
        assertThat(PageFormats.score(new BigDecimal("100"))).isEqualTo("100.0");
        assertThat(PageFormats.score(null)).isEqualTo("—");
    }
}
