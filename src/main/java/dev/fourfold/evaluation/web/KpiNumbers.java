package dev.fourfold.evaluation.web;

import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The numbers of a KPI page in the reader's locale (German: decimal comma and dot for thousands): values with up to
 * four decimals, scores in the table with one, scores and bounds in sentences with up to two, probabilities as whole
 * percentages. A dash stands for none. Formats are not thread-safe: one instance per request.
 */
final class KpiNumbers {

    static final String NONE = "—";

    private final NumberFormat value;
    private final NumberFormat precise;
    private final NumberFormat score;
    private final NumberFormat percent;

    KpiNumbers(Locale locale) {
        value = decimals(locale, 0, 4);
        precise = decimals(locale, 0, 2);
        score = decimals(locale, 1, 1);
        percent = NumberFormat.getPercentInstance(locale);
        percent.setMaximumFractionDigits(0);
    }

    private static NumberFormat decimals(Locale locale, int min, int max) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(min);
        f.setMaximumFractionDigits(max);
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f;
    }

    String value(@Nullable Number n) {
        return format(value, n);
    }

    String precise(@Nullable Number n) {
        return format(precise, n);
    }

    String score(@Nullable Number n) {
        return format(score, n);
    }

    String percent(@Nullable Number n) {
        return format(percent, n);
    }

    private static String format(NumberFormat f, @Nullable Number n) {
        if (n == null || (n instanceof Double d && !Double.isFinite(d))) {
            return NONE;
        }
        return f.format(n);
    }
}
