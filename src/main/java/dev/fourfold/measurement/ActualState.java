package dev.fourfold.measurement;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Where a value stands in the approval workflow. Only approved values count in scores; a pending value waits for a
 * scorecard owner; a rejected one is kept, with the reviewer's note, but counts nowhere.
 */
public enum ActualState {
    APPROVED, PENDING, REJECTED;

    private static final List<String> KEYS = Arrays.stream(values()).map(ActualState::key).toList();

    /** The key stored in the database and used in the API and files: {@code approved}, {@code pending}, {@code rejected}. */
    @JsonValue
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether a value in this state counts in scores. */
    public boolean counts() {
        return this == APPROVED;
    }

    /** The state with this key, exactly as written. */
    public static ActualState fromKey(String key) {
        for (ActualState state : values()) {
            if (state.key().equals(key)) {
                return state;
            }
        }
        throw new IllegalArgumentException(problem(key));
    }

    static boolean isKey(String key) {
        return KEYS.contains(key);
    }

    /** Why a text is no state, in the words of a field problem. */
    static String problem(String key) {
        return "must be one of " + KEYS + ", was '" + key + "'";
    }
}
