package dev.fourfold.strategy.web;

import java.text.NumberFormat;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/**
 * Scores, values and status words of one page in the reader's language: scores with one decimal, values with up to
 * four, both with the locale's separators (a decimal comma in German); a dash for none. Not thread-safe: one per
 * request.
 */
final class Scores {

    static final String NONE = "—";

    private final MessageSource messages;
    private final Locale locale;
    private final NumberFormat score;
    private final NumberFormat value;
    private final NumberFormat share;

    Scores(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
        this.score = NumberFormat.getNumberInstance(locale);
        score.setMinimumFractionDigits(1);
        score.setMaximumFractionDigits(1);
        this.value = NumberFormat.getNumberInstance(locale);
        value.setMaximumFractionDigits(4);
        this.share = NumberFormat.getPercentInstance(locale);
        share.setMaximumFractionDigits(1);
    }

    String score(@Nullable Double s) {
        return s == null || !Double.isFinite(s) ? NONE : score.format(s);
    }

    String value(@Nullable Double v) {
        return v == null || !Double.isFinite(v) ? NONE : value.format(v);
    }

    /** A share of 0–1 as a percentage. */
    String share(double s) {
        return share.format(s);
    }

    /** A text of the page's bundle in the reader's language. */
    String message(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /** The status in words: {@code Green}, {@code Amber}, … or {@code No score}. */
    Locale locale() {
        return locale;
    }

    String word(String status) {
        return messages.getMessage("strategy.status." + status, null, status, locale);
    }
}
