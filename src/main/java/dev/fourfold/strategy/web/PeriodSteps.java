package dev.fourfold.strategy.web;

import dev.fourfold.shared.Period;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;

/** The periods before and after a page's period, of the same kind, for its previous and next links. */
final class PeriodSteps {

    private PeriodSteps() {
    }

    static void addTo(Model model, String period) {
        model.addAttribute("previousPeriod", neighbour(period, -1));
        model.addAttribute("nextPeriod", neighbour(period, 1));
    }

    /** The key of the period {@code step} periods away, or null outside the supported years. */
    static @Nullable String neighbour(String key, int step) {
        try {
            return Period.parse(key).shifted(step).map(Period::key).orElse(null);
        } catch (IllegalArgumentException e) {
            return null; // not a period: no links
        }
    }
}
