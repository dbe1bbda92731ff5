package dev.fourfold.security.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * Times on the pages: minutes in UTC, the zone the server records them in, written as the reader's language writes
 * dates (the patterns are in the account bundle).
 */
final class Times {

    private Times() {
    }

    static String minutes(Instant t, MessageSource messages, Locale locale) {
        return format(t, "account.time.minutes", messages, locale);
    }

    static String day(Instant t, MessageSource messages, Locale locale) {
        return format(t, "account.time.day", messages, locale);
    }

    private static String format(Instant t, String pattern, MessageSource messages, Locale locale) {
        if (t == null) {
            return "—";
        }
        return DateTimeFormatter.ofPattern(messages.getMessage(pattern, null, locale), locale).withZone(ZoneOffset.UTC)
                .format(t);
    }
}
