package dev.fourfold.entry.web;

import dev.fourfold.entry.DecimalInput;
import dev.fourfold.entry.GridSaving;
import dev.fourfold.shared.RuleTexts;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The reasons of refused cells in the user's language, with their numbers and times formatted for it. */
@Component
class ProblemTexts {

    private final MessageSource messages;

    ProblemTexts(MessageSource messages) {
        this.messages = messages;
    }

    String text(GridSaving.Problem problem, Locale locale) {
        Object[] args = problem.args().stream().map(a -> format(a, locale)).toArray();
        return messages.getMessage(problem.code(), args, locale);
    }

    private static Object format(Object arg, Locale locale) {
        if (arg instanceof BigDecimal d) {
            return DecimalInput.format(d, locale);
        }
        if (arg instanceof Instant t) {
            return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                    .format(t.atZone(ZoneId.systemDefault()));
        }
        if (arg instanceof String text) {
            return RuleTexts.in(locale, text);
        }
        return arg == null ? "" : arg.toString();
    }
}
