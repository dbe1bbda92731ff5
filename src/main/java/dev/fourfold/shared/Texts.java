package dev.fourfold.shared;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What characters a text field may hold. Single-line fields (names, codes, owners, units, titles, ...) hold no
 * control characters at all; multi-line fields (descriptions, vision, comments, reasons, formulas) may hold line
 * breaks and tabs but no other control character. No field holds NUL or half of a surrogate pair (text that is
 * not Unicode). Which kind a field is follows from its name, so that the JSON API and the scorecard file agree.
 */
public final class Texts {

    private static final Set<String> MULTI_LINE = Set.of("description", "vision", "comment", "reason", "formula",
            "note", "notes");

    /** The index at the end of a path segment such as {@code items[3]}. */
    private static final Pattern INDEX = Pattern.compile("\\[\\d+]$");

    private Texts() {
    }

    /** Whether the field (the last segment of a path such as {@code items[3].comment}) may span several lines. */
    public static boolean isMultiLine(String field) {
        String name = field == null ? "" : INDEX.matcher(field).replaceAll("");
        name = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return MULTI_LINE.contains(name) || name.contains("password");
    }

    /**
     * Adds a problem naming {@code field} when the text may not be its value: for services that take text from
     * page forms as well as from JSON, whose reader applies the same rule as it reads.
     */
    public static void check(List<FieldProblem> problems, String field, String text) {
        String problem = problem(field, text);
        if (problem != null) {
            problems.add(new FieldProblem(field, problem));
        }
    }

    /** Why the text may not be the value of {@code field}, or {@code null} when it may. */
    public static String problem(String field, String text) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "contains half of a surrogate pair at position " + (i + 1) + ", which is not text";
            } else if (c == 0) {
                return "contains a NUL character at position " + (i + 1);
            } else if (Character.isISOControl(c)) {
                // the field's name is looked at only here: every text of every request passes this loop
                boolean multiLine = isMultiLine(field);
                if (!(multiLine && (c == '\n' || c == '\r' || c == '\t'))) {
                    return "contains the control character U+" + String.format("%04X", (int) c) + " at position "
                            + (i + 1) + (multiLine ? "" : "; this field is a single line");
                }
            }
        }
        return null;
    }
}
