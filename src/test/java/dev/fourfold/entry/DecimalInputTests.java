package dev.fourfold.entry;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DecimalInputTests {

    @Test
    void readsAGermanDecimalCommaAndThousandsDots() {
        assertThat(DecimalInput.parse("1234,5", Locale.GERMAN)).contains(new BigDecimal("1234.5"));
        assertThat(DecimalInput.parse("1.234,5", Locale.GERMAN)).contains(new BigDecimal("1234.5"));
        assertThat(DecimalInput.parse("−0,25", Locale.GERMAN)).contains(new BigDecimal("-0.25"));
        assertThat(DecimalInput.parse("1.234", Locale.GERMAN)).contains(new BigDecimal("1234"));
    }

    @Test
    void readsALoneForeignSeparatorAsTheDecimalPoint() {
        assertThat(DecimalInput.parse("12.5", Locale.GERMAN)).contains(new BigDecimal("12.5"));
        assertThat(DecimalInput.parse("12,5", Locale.ENGLISH)).contains(new BigDecimal("12.5"));
    }

    @Test
    void readsEnglishNumbersWithGrouping() {
        assertThat(DecimalInput.parse("1,234.5", Locale.ENGLISH)).contains(new BigDecimal("1234.5"));
        assertThat(DecimalInput.parse(" 98 ", Locale.ENGLISH)).contains(new BigDecimal("98"));
    }

    @Test
    void refusesWhatIsNoNumber() {
        assertThat(DecimalInput.parse("abc", Locale.ENGLISH)).isEmpty();
        assertThat(DecimalInput.parse("1,2,3", Locale.GERMAN)).isEmpty();
        assertThat(DecimalInput.parse("1.2.3,4.5", Locale.GERMAN)).isEmpty();
        assertThat(DecimalInput.parse("", Locale.GERMAN)).isEmpty();
        assertThat(DecimalInput.parse("1e5", Locale.ENGLISH)).isEmpty();
    }

    @Test
    void formatsForEditingWithTheLanguagesSeparator() {
        assertThat(DecimalInput.format(new BigDecimal("1529.200"), Locale.GERMAN)).isEqualTo("1529,2");
        assertThat(DecimalInput.format(new BigDecimal("1500"), Locale.ENGLISH)).isEqualTo("1500");
    }
}
