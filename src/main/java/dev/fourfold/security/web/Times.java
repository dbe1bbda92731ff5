package dev.fourfold.security.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Times on the pages: minutes in UTC, the zone the server records them in. */
final class Times {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    private Times() {
    }

    static String minutes(Instant t) {
        return t == null ? "—" : MINUTES.format(t);
    }

    static String day(Instant t) {
        return t == null ? "—" : DAY.format(t);
    }
}
