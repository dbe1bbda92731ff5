package dev.fourfold.shared;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Checks of names and codes shared by the strategy's records. */
public final class Names {

    /** Codes of objectives and KPIs: a letter, then letters, digits or underscores; usable in formulas. */
    public static final Pattern CODE = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
    public static final int MAX_CODE = 40;

    private Names() {
    }

    /** Adds a problem unless the text is present and at most {@code max} characters long. */
    public static void require(List<FieldProblem> problems, String field, String text, int max) {
        if (text == null || text.isBlank()) {
            problems.add(new FieldProblem(field, "is required"));
        } else {
            limit(problems, field, text, max);
        }
    }

    /** Adds a problem if the optional text is longer than {@code max} characters. */
    public static void limit(List<FieldProblem> problems, String field, String text, int max) {
        if (text != null && text.strip().length() > max) {
            problems.add(new FieldProblem(field, "is too long: at most " + max + " characters, was " + text.strip().length()));
        }
    }

    /** Adds a problem unless the code matches {@link #CODE}. */
    public static void requireCode(List<FieldProblem> problems, String field, String code) {
        if (code == null || code.isBlank()) {
            problems.add(new FieldProblem(field, "is required"));
        } else if (code.length() > MAX_CODE || !CODE.matcher(code).matches()) {
            problems.add(new FieldProblem(field, "'" + code + "' is not a code: use a letter followed by letters, digits or _ (at most "
                    + MAX_CODE + " characters), e.g. REV or NPS_Q"));
        }
    }

    /** The key under which names and codes are compared: trimmed and lower-cased. */
    public static String key(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }

    /** Trims optional text; blank becomes null. */
    public static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
