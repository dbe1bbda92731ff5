package dev.fourfold.importing.values;

import dev.fourfold.shared.Decimals;
import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Numbers as a file writes them: with a decimal point ({@code 1,234.5}) or, as German spreadsheets save them, a
 * decimal comma ({@code 1.234,5}); one convention per file, so {@code 1.500} is never read two ways. Exponents
 * ({@code 1.5E+06}) are read; NaN, infinities, currency or percent signs are not numbers. Every number is checked
 * against the stored precision before any arithmetic, so {@code 1e999999999} is refused, not computed.
 */
final class DecimalText {

    private static final Pattern POINT = Pattern.compile("[-+]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?([eE][-+]?\\d{1,9})?"
            + "|[-+]?\\.\\d+([eE][-+]?\\d{1,9})?");
    private static final Pattern COMMA = Pattern.compile("[-+]?(\\d{1,3}(\\.\\d{3})+|\\d+)(,\\d+)?([eE][-+]?\\d{1,9})?"
            + "|[-+]?,\\d+([eE][-+]?\\d{1,9})?");

    private final boolean decimalComma;

    DecimalText(boolean decimalComma) {
        this.decimalComma = decimalComma;
    }

    boolean decimalComma() {
        return decimalComma;
    }

    /** The number, or a sentence saying why the text is none (never both). */
    record Read(@Nullable BigDecimal number, @Nullable String problem) {
    }

    Read read(String text) {
        String plain = text.strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "");
        if (plain.length() > 64) {
            return new Read(null, "is not a number: " + plain.length() + " characters, at most 64");
        }
        if (!(decimalComma ? COMMA : POINT).matcher(plain).matches()) {
            return new Read(null, "'" + shown(plain) + "' is not a number as this file writes them: "
                    + (decimalComma ? "decimal comma, e.g. 1234,5 or 1.234,5" : "decimal point, e.g. 1234.5 or 1,234.5"));
        }
        String canonical = decimalComma ? plain.replace(".", "").replace(',', '.') : plain.replace(",", "");
        BigDecimal number;
        try {
            number = new BigDecimal(canonical);
        } catch (NumberFormatException e) {
            return new Read(null, "'" + shown(plain) + "' is not a number");
        }
        String range = Decimals.problem(number);
        return range == null ? new Read(Decimals.normalised(number), null) : new Read(null, range);
    }

    /** A typed text as a message may quote it: short, without control characters. */
    static String shown(String text) {
        String clean = text.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 40 ? clean.substring(0, 40) + "…" : clean;
    }
}
