package dev.fourfold.evaluation;

import dev.fourfold.shared.Frequency;
import dev.fourfold.shared.Period;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The period picker of the pages that show a scorecard at a period (dashboard, strategy map, objective page): the
 * kinds of period a scorecard's KPIs need (days and weeks only where a KPI is daily or weekly), the period of each
 * kind that holds the one shown, the choices of the shown kind, and the previous and next period. Months are
 * calendar months; quarters and years are fiscal ({@link Period}).
 */
public record PeriodPicker(Period shown, List<Kind> kinds, List<String> choices, @Nullable String previous,
                           @Nullable String next) {

    /** A kind of period the picker offers, with the period of that kind holding the shown one. */
    public record Kind(String key, String period, boolean current) {
    }

    /** The views a page can show a period in, as the picker offers them. */
    public static final List<String> VIEWS = List.of("period", "ytd", "year");

    /** The views the picker offers ({@link #VIEWS}). */
    public List<String> views() {
        return VIEWS;
    }

    /** The picker of a prepared evaluation: its period, among the kinds its scorecard's KPIs need. */
    public static PeriodPicker of(EvaluationService.Prepared prepared) {
        return of(prepared.period(), EvaluationService.shortest(prepared.stored()),
                prepared.stored().model().calendar().firstMonth());
    }

    /** How many years of quarters and years the picker lists around the shown period. */
    private static final int YEARS = 5;

    public static PeriodPicker of(Period shown, Frequency shortest, int fiscalYearStart) {
        List<Kind> kinds = new ArrayList<>();
        for (Frequency f : Frequency.values()) {
            if (f.ordinal() >= Math.min(shortest.ordinal(), Frequency.MONTHLY.ordinal()) || f == shown.frequency()) {
                Period p = containing(f, shown, fiscalYearStart);
                if (p != null) {
                    kinds.add(new Kind(f.key(), p.key(), f == shown.frequency()));
                }
            }
        }
        return new PeriodPicker(shown, kinds, choices(shown), neighbour(shown, -1), neighbour(shown, 1));
    }

    /** The quarters or years to choose from (the other kinds have a native input); empty for them. */
    private static List<String> choices(Period shown) {
        if (shown.frequency() != Frequency.QUARTERLY && shown.frequency() != Frequency.YEARLY) {
            return List.of();
        }
        int perYear = shown.frequency() == Frequency.QUARTERLY ? 4 : 1;
        List<String> keys = new ArrayList<>();
        for (int n = -YEARS * perYear; n <= perYear; n++) {
            String key = neighbour(shown, n);
            if (key != null) {
                keys.add(key);
            }
        }
        return keys;
    }

    /**
     * The period of {@code kind} holding the end of {@code shown} (for a week: the last week counted in it); a week
     * counts in the month, quarter and year of its Thursday.
     */
    static @Nullable Period containing(Frequency kind, Period shown, int fiscalYearStart) {
        if (kind == shown.frequency()) {
            return shown;
        }
        try {
            LocalDate last = shown.lastDay(fiscalYearStart);
            LocalDate day = kind == Frequency.WEEKLY ? last.minusDays(3)
                    : shown.frequency() == Frequency.WEEKLY ? shown.anchorDay() : last;
            return Period.holding(kind, day, fiscalYearStart);
        } catch (IllegalArgumentException e) {
            return null; // outside the supported years
        }
    }

    /** The key of the period {@code step} periods of the same kind away, or null outside the supported years. */
    public static @Nullable String neighbour(Period period, int step) {
        return period.shifted(step).map(Period::key).orElse(null);
    }
}
