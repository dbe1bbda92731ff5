package dev.fourfold.authoring;

import dev.fourfold.shared.ConflictException;
import dev.fourfold.shared.FieldProblem;
import dev.fourfold.shared.InvalidInputException;
import dev.fourfold.shared.RuleTexts;
import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/**
 * The fields of an authoring form as typed, and the problems found with them by field. Numbers are read as the
 * reader writes them: a German reader may type a decimal comma ({@code 12,5}) and thousands points.
 */
final class FormFields {

    private final Map<String, String> problems = new LinkedHashMap<>();
    private final char decimal;
    private final char grouping;
    private final Locale locale;

    FormFields(Locale locale) {
        this.locale = locale;
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        this.decimal = symbols.getDecimalSeparator();
        this.grouping = symbols.getGroupingSeparator();
    }

    /** A number typed in the reader's language; null for an empty field; a problem (and null) for anything else. */
    @Nullable BigDecimal number(String field, @Nullable String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String plain = typed.strip().replace(" ", "").replace("\u00a0", "");
        if (decimal == ',') {
            plain = plain.replace(String.valueOf(grouping), "").replace(',', '.');
        } else {
            plain = plain.replace(",", "");
        }
        try {
            BigDecimal n = new BigDecimal(plain);
            if (n.abs().compareTo(new BigDecimal("1E15")) > 0 || n.scale() > 10) {
                add(field, "'" + typed + "' is out of range: at most 15 digits before and 10 after the point");
                return null;
            }
            return n;
        } catch (NumberFormatException e) {
            add(field, "'" + typed + "' is not a number");
            return null;
        }
    }

    /** A date as a date field sends it ({@code 2027-03-31}); null for an empty field; a problem for anything else. */
    @Nullable LocalDate date(String field, @Nullable String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(typed.strip());
        } catch (DateTimeParseException e) {
            problems.put(field, "'" + typed + "' is not a date (year-month-day, e.g. 2027-03-31)");
            return null;
        }
    }

    /** A whole number; null for an empty field; a problem for anything else. */
    @Nullable Integer whole(String field, @Nullable String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(typed.strip());
        } catch (NumberFormatException e) {
            problems.put(field, "'" + typed + "' is not a whole number");
            return null;
        }
    }

    /**
     * Adds a conflict the service found: a stale version as {@code stale} says it (someone else changed the record
     * meanwhile), any other conflict as the service words it.
     */
    void add(ConflictException e, String stale) {
        add("general", "stale-version".equals(e.kind()) ? stale : e.getMessage());
    }

    /** A stored number as the reader writes it, without thousands separators, with its own decimals. */
    static @Nullable String write(@Nullable BigDecimal n, Locale locale) {
        if (n == null) {
            return null;
        }
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(locale);
        format.setGroupingUsed(false);
        format.setMaximumFractionDigits(Math.max(0, n.stripTrailingZeros().scale()));
        return format.format(n);
    }

    /** A text with its surrounding blanks removed; null when empty. */
    static @Nullable String text(@Nullable String typed) {
        return typed == null || typed.isBlank() ? null : typed.strip();
    }

    /** Adds the problems a service found, each at its field (unknown fields at {@code general}). */
    void add(InvalidInputException e, List<String> fields) {
        for (FieldProblem p : e.problems()) {
            String field = fields.stream().filter(f -> p.field().equals(f) || p.field().startsWith(f + "."))
                    .findFirst().orElse("general");
            add(field, p.message());
        }
    }

    /** Adds what could not even be bound (a letter in an id or a version), each at its field. */
    void add(BindingResult binding) {
        binding.getFieldErrors().forEach(e -> problems.putIfAbsent(e.getField(),
                RuleTexts.in(locale, "'" + e.getRejectedValue() + "' is not a valid value here")));
        binding.getGlobalErrors().forEach(e -> problems.merge("general", String.valueOf(e.getDefaultMessage()),
                (a, b) -> a));
    }

    /** Adds a problem at a field, in the reader's language where the rules' wording is known. */
    void add(String field, String message) {
        problems.merge(field, RuleTexts.in(locale, message), (a, b) -> a + "; " + b);
    }

    boolean ok() {
        return problems.isEmpty();
    }

    Map<String, String> problems() {
        return problems;
    }
}
