package dev.fourfold.evaluation;

import dev.fourfold.kpi.PeriodLock;
import dev.fourfold.shared.Period;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;

/**
 * A period lock as the pages mark it: the locked period, who locked it, and when, written the way the reader's
 * language writes a moment (German: {@code 14.11.2026, 08:30}). The dashboard, the strategy pages and the locks
 * overview all show a lock through this, so they say the same.
 */
public record LockMark(String period, String lockedBy, String lockedAt) {

    public static LockMark of(String period, String lockedBy, Instant lockedAt, Locale locale) {
        return new LockMark(period, lockedBy, time(lockedAt, locale));
    }

    public static LockMark of(PeriodLock lock, Locale locale) {
        return of(lock.period(), lock.lockedBy(), lock.lockedAt(), locale);
    }

    /**
     * The lock that freezes the prepared view, as the dashboard decides ({@link LockedViews#covers}): a lock of the
     * shown period or of a longer one that holds the view's whole window; none when the view reaches past it.
     */
    public static Optional<LockMark> covering(EvaluationService.Prepared prepared, Locale locale) {
        if (prepared.locks().isEmpty()) {
            return Optional.empty();
        }
        LockedViews views = new LockedViews(prepared.stored().model().calendar().firstMonth());
        return prepared.locks().stream()
                .filter(l -> views.covers(Period.parse(l.period()), prepared.period(), prepared.view()))
                .findFirst().map(l -> of(l, locale));
    }

    /** A moment in the reader's language, in the server's zone. */
    public static String time(Instant instant, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .withZone(ZoneId.systemDefault()).format(instant);
    }
}
