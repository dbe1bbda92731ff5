package dev.fourfold.scoring;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The lower-case, hyphenated keys that enums of the scoring vocabulary use in files and the API. */
final class Keys {

    private Keys() {
    }

    static String of(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Finds the constant whose key equals {@code key} ignoring case, or explains which keys are allowed. */
    static <E extends Enum<E>> E parse(E[] values, String key, String what) {
        for (E value : values) {
            if (of(value).equalsIgnoreCase(key == null ? "" : key.strip())) {
                return value;
            }
        }
        String allowed = Arrays.stream(values).map(Keys::of).collect(Collectors.joining(", "));
        throw new IllegalArgumentException("'" + key + "' is not " + what + "; expected one of: " + allowed);
    }
}
