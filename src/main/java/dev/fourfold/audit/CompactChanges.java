package dev.fourfold.audit;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The changed fields of one record kept in one change-log row: a change of several fields (a new value has four or
 * five) is stored as a single row whose {@code new_value} holds every field with its old and new value, and whose
 * {@code entries} column says how many entries it stands for; reading expands it back into the entries it replaces.
 * Each text is written as {@code length:text}, or {@code -} for none, so any character may appear in a value.
 */
final class CompactChanges {

    /** The most entries one row may stand for: the change log's ids advance by this much (migration V6). */
    static final int MAX_ENTRIES = 64;

    /** The longest text a {@code new_value} column holds. */
    private static final int MAX_TEXT = 4000;

    private CompactChanges() {
    }

    /** One changed field: its name (none for a change of the whole record) and its old and new values as text. */
    record Field(@Nullable String name, @Nullable String oldValue, @Nullable String newValue) {
    }

    /** The fields in one text, or null when they do not fit one row (too many, or too long together). */
    static @Nullable String encode(List<Field> fields) {
        if (fields.size() < 2 || fields.size() > MAX_ENTRIES) {
            return null;
        }
        StringBuilder text = new StringBuilder(64);
        for (Field f : fields) {
            append(text, f.name());
            append(text, f.oldValue());
            append(text, f.newValue());
            if (text.length() > MAX_TEXT) {
                return null;
            }
        }
        return text.toString();
    }

    /** The fields of a text written by {@link #encode}, in their order. */
    static List<Field> decode(String text) {
        List<Field> fields = new ArrayList<>();
        int[] at = {0};
        while (at[0] < text.length()) {
            String name = read(text, at);
            String oldValue = read(text, at);
            String newValue = read(text, at);
            fields.add(new Field(name, oldValue, newValue));
        }
        return fields;
    }

    private static void append(StringBuilder text, @Nullable String value) {
        if (value == null) {
            text.append('-');
        } else {
            text.append(value.length()).append(':').append(value);
        }
    }

    private static @Nullable String read(String text, int[] at) {
        int start = at[0];
        if (text.charAt(start) == '-') {
            at[0] = start + 1;
            return null;
        }
        int colon = text.indexOf(':', start);
        int end = colon + 1 + Integer.parseInt(text, start, colon, 10);
        at[0] = end;
        return text.substring(colon + 1, end);
    }
}
