package dev.fourfold.kpi;

import dev.fourfold.shared.InvalidInputException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The planned series of a KPI, entered alike (per period, revised with a reason, phased from an annual figure):
 * the target it is scored against, the budget finance compares with and the stretch target shown beside the target.
 */
public enum TargetSeries {
    TARGET, BUDGET, STRETCH;

    /** The key in the API, the database and scorecard files: {@code target}, {@code budget}, {@code stretch}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The series of a key; null or blank means {@link #TARGET}, so requests without a series keep their meaning. */
    public static TargetSeries of(@Nullable String key) {
        if (key == null || key.isBlank()) {
            return TARGET;
        }
        for (TargetSeries s : values()) {
            if (s.key().equals(key.strip())) {
                return s;
            }
        }
        throw new IllegalArgumentException("'" + key + "' is not a series; expected target, budget or stretch");
    }

    /** As {@link #of}, refusing an unknown key as invalid input of {@code field}. */
    public static TargetSeries of(@Nullable String key, String field) {
        try {
            return of(key);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, e.getMessage());
        }
    }

    /** "target", or "budget" / "stretch target" in messages. */
    String noun() {
        return this == STRETCH ? "stretch target" : key();
    }
}
