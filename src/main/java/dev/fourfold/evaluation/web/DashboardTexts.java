package dev.fourfold.evaluation.web;

import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;

/**
 * The words of a scorecard's sections in the reader's language (i18n/dashboard*.properties), looked up once per
 * page build rather than once per row: {@link SectionsHtml} writes them around the numbers.
 */
record DashboardTexts(Map<String, String> words, Locale locale) {

    private static final String[] KEYS = {"head.kpi", "head.recent", "head.actual", "head.target", "head.score",
        "head.status", "head.change", "head.complete", "label.objective", "label.kpi", "label.included", "pending",
        "input", "input.status", "asOf", "asOf.note", "trend.up", "trend.down", "trend.flat", "spark", "withheld",
        "weight", "status.green", "status.amber", "status.red", "status.blue", "status.none", "objective.open",
        "kpi.open"};

    static DashboardTexts of(MessageSource messages, Locale locale) {
        Map<String, String> words = new java.util.HashMap<>();
        for (String key : KEYS) {
            words.put(key, messages.getMessage("dashboard." + key, null, locale));
        }
        return new DashboardTexts(Map.copyOf(words), locale);
    }

    String get(String key) {
        String word = words.get(key);
        if (word == null) {
            throw new IllegalArgumentException("no dashboard text " + key);
        }
        return word;
    }

    /** A text with its {@code {0}}, {@code {1}} … put in, as a message bundle writes them. */
    String get(String key, String... arguments) {
        String text = get(key);
        for (int i = 0; i < arguments.length; i++) {
            text = text.replace("{" + i + "}", arguments[i]);
        }
        return text;
    }

    /** A status's word, such as "Amber". */
    String status(String key) {
        return words.getOrDefault("status." + key, key);
    }
}
