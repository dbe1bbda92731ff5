package dev.fourfold.evaluation.web;

import dev.fourfold.scoring.View;
import dev.fourfold.shared.FieldProblem;
import dev.fourfold.shared.InvalidInputException;
import dev.fourfold.shared.Period;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A request of the BI feed, checked: the filters, the period range (resolved by the feed when not given), the views,
 * {@code changedSince}, the page size and where the previous page ended. Every wrong parameter is named at once.
 */
record FactQuery(@Nullable Long unitId, @Nullable Long scorecardId, @Nullable Period from, @Nullable Period to,
                 List<View> views, @Nullable Instant changedSince, int size, @Nullable Cursor cursor) {

    static final int DEFAULT_SIZE = 1000;
    static final int MAX_SIZE = 5000;

    /**
     * Where a page ended: the key of its last fact (scorecard, period, view, KPI), and the instant the first page
     * was asked at, which every page of the pull answers as {@code asOf}.
     */
    record Cursor(Instant asOf, long scorecardId, Period period, View view, long kpiId) {

        String encode() {
            String text = String.join("|", asOf.toString(), Long.toString(scorecardId), period.key(), view.key(),
                    Long.toString(kpiId));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
        }

        static Cursor decode(String text) {
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8).split("\\|");
                if (parts.length != 5) {
                    throw new IllegalArgumentException("parts");
                }
                return new Cursor(Instant.parse(parts[0]), Long.parseLong(parts[1]), Period.parse(parts[2]),
                        View.fromKey(parts[3]), Long.parseLong(parts[4]));
            } catch (RuntimeException e) {
                throw new InvalidInputException("cursor", "'" + abbreviated(text) + "' is not a cursor of this feed; "
                        + "expected the nextCursor of the previous page, unchanged");
            }
        }
    }

    static FactQuery of(@Nullable Long unitId, @Nullable Long scorecardId, @Nullable String from, @Nullable String to,
                        @Nullable String view, @Nullable String changedSince, int size, @Nullable String cursor) {
        List<FieldProblem> problems = new ArrayList<>();
        Period start = period("from", from, problems);
        Period end = period("to", to, problems);
        List<View> views = views(view, problems);
        Instant since = instant(changedSince, problems);
        if (size < 1 || size > MAX_SIZE) {
            problems.add(new FieldProblem("size", "must be between 1 and " + MAX_SIZE + ", was " + size));
        }
        Cursor after = null;
        if (cursor != null && !cursor.isBlank()) {
            try {
                after = Cursor.decode(cursor.strip());
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new FactQuery(unitId, scorecardId, start, end, views, since, size, after);
    }

    private static @Nullable Period period(String field, @Nullable String key, List<FieldProblem> problems) {
        if (key == null || key.isBlank()) {
            return null;
        }
        try {
            return Period.parse(key.strip());
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(field, e.getMessage()));
            return null;
        }
    }

    private static List<View> views(@Nullable String key, List<FieldProblem> problems) {
        if (key == null || key.isBlank()) {
            return Arrays.asList(View.values());
        }
        try {
            return List.of(View.fromKey(key.strip()));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("view", e.getMessage()));
            return List.of();
        }
    }

    private static @Nullable Instant instant(@Nullable String text, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            OffsetDateTime time = OffsetDateTime.parse(text.strip());
            if (time.getYear() >= Period.FIRST_YEAR && time.getYear() <= Period.LAST_YEAR) {
                return time.toInstant();
            }
        } catch (DateTimeParseException e) {
            // named below
        }
        problems.add(new FieldProblem("changedSince", "'" + abbreviated(text) + "' is not an instant; expected an "
                + "ISO-8601 time with an offset in the years " + Period.FIRST_YEAR + " to " + Period.LAST_YEAR
                + ", such as 2026-11-15T09:00:00Z (the asOf of an earlier pull)"));
        return null;
    }

    private static String abbreviated(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "…";
    }
}
