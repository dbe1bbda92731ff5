package dev.fourfold.evaluation.web;

import dev.fourfold.scoring.Bands;
import dev.fourfold.scoring.KpiExplanation;
import dev.fourfold.scoring.Polarity;
import dev.fourfold.scoring.Status;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/**
 * "Why this colour": the engine's explanation of a KPI's score told as sentences in the reader's language, with the
 * numbers in the reader's locale, e.g. "Actual 4,829.9 against target 4,967: ratio scoring gives 97.24, which is
 * amber because it lies between 90 and 100." The colour is explained by the value thresholds when the engine used
 * them (its explanation names a threshold), else by the scorecard's bands.
 */
final class ColourSentences {

    private final MessageSource messages;
    private final Locale locale;
    private final KpiNumbers numbers;

    ColourSentences(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
        this.numbers = new KpiNumbers(locale);
    }

    /** What the KPI's own thresholds say, when it has them: amber and green bounds, blue optional. */
    record Thresholds(BigDecimal amber, BigDecimal green, @Nullable BigDecimal blue, Polarity polarity) {
    }

    List<String> of(KpiExplanation e, Bands bands, @Nullable Thresholds thresholds) {
        List<String> sentences = new ArrayList<>();
        if (e.score() == null || e.status() == Status.NONE) {
            sentences.add(text("kpi.why.none", e.period().key(), e.reason() == null ? "" : e.reason()));
            return sentences;
        }
        String method = text("kpi.method." + e.method());
        String score = numbers.precise(e.score());
        String colour = thresholds != null && e.colour() != null && e.colour().contains("threshold")
                ? byThreshold(e.status(), thresholds) : byBand(e.status(), bands);
        sentences.add(e.target() == null
                ? text("kpi.why.scoredWithoutTarget", numbers.value(e.actual()), method, score, colour)
                : text("kpi.why.scored", numbers.value(e.actual()), numbers.value(e.target()), method, score, colour));
        if (e.workings() != null && e.workings().contains("capped to")) {
            sentences.add(text("kpi.why.capped", score));
        }
        if (e.formula() != null) {
            sentences.add(text("kpi.why.formula", e.formula()));
        }
        if (!e.missingPeriods().isEmpty()) {
            int expected = e.periods().size() + e.missingPeriods().size();
            sentences.add(text("kpi.why.missing", e.periods().size(), expected,
                    String.join(", ", e.missingPeriods().stream().map(p -> p.key()).toList())));
        }
        return sentences;
    }

    private String byBand(Status status, Bands bands) {
        String amber = numbers.precise(bands.amber());
        String green = numbers.precise(bands.green());
        return switch (status) {
            case RED -> text("kpi.why.band.red", amber);
            case AMBER -> text("kpi.why.band.amber", amber, green);
            case GREEN -> bands.blue() == null ? text("kpi.why.band.green", green)
                    : text("kpi.why.band.greenBelowBlue", green, numbers.precise(bands.blue()));
            case BLUE -> text("kpi.why.band.blue", numbers.precise(bands.blue() == null ? Double.NaN : bands.blue()));
            case NONE -> "";
        };
    }

    private String byThreshold(Status status, Thresholds t) {
        String direction = t.polarity() == Polarity.LOWER ? "lower" : "higher";
        String amber = numbers.value(t.amber());
        String green = numbers.value(t.green());
        return switch (status) {
            case RED -> text("kpi.why.threshold." + direction + ".red", amber);
            case AMBER -> text("kpi.why.threshold." + direction + ".amber", amber, green);
            case GREEN -> text("kpi.why.threshold." + direction + ".green", green);
            case BLUE -> text("kpi.why.threshold." + direction + ".blue", numbers.value(t.blue()));
            case NONE -> "";
        };
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
