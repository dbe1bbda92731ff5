package dev.fourfold.evaluation.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The numbers of one scorecard page as it shows them, with each format made once per page instead of once per
 * number: values with their own decimals (at most four) and thousands separators, scores with one decimal, and in
 * the reader's locale trends with one decimal and an arrow and completeness as a whole percentage — exactly as
 * Thymeleaf's {@code #numbers.formatDecimal(trend, 1, 1)} and {@code #numbers.formatPercent(completeness, 1, 0)}
 * wrote them. Formats are not thread-safe: one instance per request.
 */
final class PageFormats {

    /** Where a trend counts as rising or falling. */
    private static final BigDecimal FLAT = new BigDecimal("0.05");
    private static final String NONE = "—";

    private final DecimalFormat[] values = new DecimalFormat[5];
    private final DecimalFormatSymbols localSymbols;
    private final DecimalFormat trend;
    private final NumberFormat percent;

    PageFormats(Locale locale) {
        localSymbols = DecimalFormatSymbols.getInstance(locale);
        trend = (DecimalFormat) NumberFormat.getNumberInstance(locale);
        trend.setMinimumFractionDigits(1);
        trend.setMaximumFractionDigits(1);
        trend.setMinimumIntegerDigits(1);
        trend.setDecimalSeparatorAlwaysShown(true);
        trend.setGroupingUsed(false);
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(locale);
        symbols.setGroupingSeparator('?');
        trend.setDecimalFormatSymbols(symbols);
        percent = NumberFormat.getPercentInstance(locale);
        percent.setMinimumFractionDigits(0);
        percent.setMaximumFractionDigits(0);
        percent.setMinimumIntegerDigits(1);
    }

    /** A value with its own decimals, at most four, rounded half up, with thousands separators; a dash for none. */
    String value(@Nullable BigDecimal value) {
        if (value == null) {
            return NONE;
        }
        int decimals = Math.max(0, Math.min(4, value.scale()));
        if (values[decimals] == null) {
            values[decimals] = new DecimalFormat("#,##0" + (decimals == 0 ? "" : "." + "0".repeat(decimals)),
                    localSymbols);
            values[decimals].setRoundingMode(RoundingMode.HALF_UP);
        }
        return values[decimals].format(value);
    }

    /** A score with one decimal, rounded half up; a dash for none. */
    static String score(@Nullable BigDecimal score) {
        return score == null ? NONE : score.setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    /** A score as {@link #score(BigDecimal)} writes it, with the locale's decimal separator. */
    String scoreOf(@Nullable BigDecimal score) {
        return score(score).replace('.', localSymbols.getDecimalSeparator());
    }

    /** The change of score with an arrow up, down or sideways (within ±0.05); empty for none. */
    String trend(@Nullable BigDecimal change) {
        if (change == null) {
            return "";
        }
        String arrow = change.compareTo(FLAT) > 0 ? "▲ " : change.compareTo(FLAT.negate()) < 0 ? "▼ " : "▶ ";
        return arrow + trend.format(change);
    }

    /** Present ÷ expected periods as a whole percentage; empty for none. */
    String completeness(@Nullable BigDecimal completeness) {
        return completeness == null ? "" : percent.format(completeness);
    }
}
