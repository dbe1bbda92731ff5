package dev.fourfold.evaluation.web;

import dev.fourfold.shared.Actor;
import dev.fourfold.shared.InvalidInputException;
import dev.fourfold.shared.NotFoundException;
import dev.fourfold.shared.Period;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A scorecard's page: every perspective, objective and KPI with actual, target, score, colour, trend and
 * completeness at a period and view, and why a KPI has no score. A locked period shows its snapshot.
 */
@Controller
class ScorecardPageController {

    private static final List<String> VIEWS = List.of("period", "ytd", "year");

    private final ScorecardPages pages;

    ScorecardPageController(ScorecardPages pages) {
        this.pages = pages;
    }

    @GetMapping("/scorecards/{id}")
    String scorecard(@PathVariable long id, @RequestParam(required = false) String period,
                     @RequestParam(required = false) String view, Model model, Actor actor, Locale locale) {
        ScorecardPages.Content page;
        try {
            page = pages.content(id, period, view, actor, locale);
        } catch (InvalidInputException e) {
            model.addAttribute("error", e.problems().get(0).message());
            page = pages.content(id, null, null, actor, locale);
        }
        model.addAttribute("card", page.card());
        model.addAttribute(ScorecardPageView.ROWS_ATTRIBUTE, page.rows());
        model.addAttribute("views", VIEWS);
        model.addAttribute("previousPeriod", neighbour(page.card().period(), -1));
        model.addAttribute("nextPeriod", neighbour(page.card().period(), 1));
        return ScorecardPageView.NAME;
    }

    /** The key of the period {@code step} periods of the same kind away, or null outside the supported years. */
    static String neighbour(String key, int step) {
        try {
            return Period.parse(Period.parse(key).plus(step).key()).key();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(NotFoundException e, Model model) {
        model.addAttribute("message", e.getMessage());
        return "error/404";
    }
}
