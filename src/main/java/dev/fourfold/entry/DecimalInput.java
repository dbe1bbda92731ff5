package dev.fourfold.entry;

import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Numbers as people type or paste them in their language: {@code 1.234,5} or {@code 1234,5} in German,
 * {@code 1,234.5} or {@code 1234.5} in English. A lone separator that is not the language's decimal one (German
 * {@code 12.5}, pasted from an English sheet) is read as the decimal point, unless it groups thousands exactly
 * ({@code 1.234} is a thousand and more in German). entry.js checks typing with the same rules.
 */
public final class DecimalInput {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u202f']");

    private DecimalInput() {
    }

    /** The decimal separator of the language: {@code ,} or {@code .}. */
    public static char decimalSeparator(Locale locale) {
        return DecimalFormatSymbols.getInstance(locale).getDecimalSeparator() == ',' ? ',' : '.';
    }

    /** The number in the text, or empty when the text is no number (or blank). */
    public static Optional<BigDecimal> parse(String text, Locale locale) {
        String s = SPACES.matcher(text).replaceAll("").replace('\u2212', '-');
        char decimal = decimalSeparator(locale);
        char group = decimal == ',' ? '.' : ',';
        String sign = "";
        if (s.startsWith("-") || s.startsWith("+")) {
            sign = s.startsWith("-") ? "-" : "";
            s = s.substring(1);
        }
        String g = Pattern.quote(String.valueOf(group));
        String d = Pattern.quote(String.valueOf(decimal));
        String plain;
        if (s.matches("\\d{1,3}(" + g + "\\d{3})+(" + d + "\\d+)?") || s.matches("\\d+(" + d + "\\d*)?|" + d + "\\d+")) {
            plain = s.replace(String.valueOf(group), "").replace(decimal, '.');
        } else if (s.matches("\\d*" + g + "\\d+|\\d+" + g)) {
            plain = s.replace(group, '.');
        } else {
            return Optional.empty();
        }
        if (plain.endsWith(".")) {
            plain = plain.substring(0, plain.length() - 1);
        }
        if (plain.startsWith(".")) {
            plain = "0" + plain;
        }
        return Optional.of(new BigDecimal(sign + plain));
    }

    /** The number as an input shows it: every digit, no grouping, the language's decimal separator. */
    public static String format(BigDecimal value, Locale locale) {
        String plain = value.stripTrailingZeros().toPlainString();
        return decimalSeparator(locale) == ',' ? plain.replace('.', ',') : plain;
    }
}
