package dev.fourfold.evaluation.web;

import dev.fourfold.evaluation.LockMark;
import dev.fourfold.evaluation.PeriodPicker;
import dev.fourfold.kpi.PeriodLocks;
import dev.fourfold.shared.Access;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.ConflictException;
import dev.fourfold.shared.InvalidInputException;
import dev.fourfold.shared.NotFoundException;
import dev.fourfold.shared.Period;
import dev.fourfold.shared.RuleTexts;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A scorecard's dashboard: every perspective, objective and KPI with actual, target, score, colour, trend, recent
 * values and completeness at a period and view, and why a KPI has no score. A locked period shows its snapshot, who
 * locked it and when. The page polls {@code /live} and takes the new numbers in when the scorecard's data changed.
 */
@Controller
class ScorecardPageController {

    static final List<String> VIEWS = PeriodPicker.VIEWS;
    /** The {@code back} of a lock or unlock form on the locks overview. */
    static final String LOCKS = "locks";

    private final ScorecardPages pages;
    private final EvaluationTrees trees;
    private final PeriodLocks locks;
    private final Access access;
    private final MessageSource messages;

    ScorecardPageController(ScorecardPages pages, EvaluationTrees trees, PeriodLocks locks,
                            Access access, MessageSource messages) {
        this.pages = pages;
        this.trees = trees;
        this.locks = locks;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping("/scorecards/{id}")
    String scorecard(@PathVariable long id, @RequestParam(required = false) String period,
                     @RequestParam(required = false) String view, Model model, Actor actor, Locale locale,
                     HttpServletResponse response) {
        ScorecardPages.Content page;
        boolean given = period != null && !period.isBlank();
        try {
            page = pages.content(id, given ? period.strip() : pages.defaultPeriod(id, actor), view, actor, locale);
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("error", messages.getMessage("dashboard.period.invalid",
                    new Object[] {RuleTexts.in(locale, e.problems().get(0).message())}, locale));
            model.addAttribute("typedPeriod", period);
            page = pages.content(id, pages.defaultPeriod(id, actor), null, actor, locale);
        }
        addPage(model, page, id, actor, locale);
        return ScorecardPageView.NAME;
    }

    /**
     * The dashboard's numbers again, if the scorecard's data changed since {@code since} (a version the page was
     * written from); else 204 and nothing, which costs the server a version check.
     */
    @GetMapping("/scorecards/{id}/live")
    ModelAndView live(@PathVariable long id, @RequestParam String period, @RequestParam(required = false) String view,
                      @RequestParam(defaultValue = "") String since, Model model, Actor actor, Locale locale,
                      HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        ScorecardPages.Content page = pages.content(id, period, view, actor, locale);
        if (!page.version().isEmpty() && page.version().equals(since)) {
            return new ModelAndView((m, request, r) -> r.setStatus(HttpServletResponse.SC_NO_CONTENT));
        }
        addPage(model, page, id, actor, locale);
        return new ModelAndView(ScorecardPageView.LIVE, model.asMap());
    }

    private void addPage(Model model, ScorecardPages.Content page, long id, Actor actor, Locale locale) {
        EvaluationResponses.ScorecardNode card = page.card();
        Period shown = Period.parse(card.period());
        model.addAttribute("card", card);
        model.addAttribute("vision", page.vision());
        model.addAttribute(ScorecardPageView.ROWS_ATTRIBUTE, page.rows());
        model.addAttribute("views", VIEWS);
        model.addAttribute("picker", PeriodPicker.of(shown, page.shortest(), page.fiscalYearStart()));
        model.addAttribute("liveUrl", UriComponentsBuilder.fromPath("/scorecards/{id}/live")
                .queryParam("period", card.period()).queryParam("view", card.view()).queryParam("since", page.version())
                .buildAndExpand(id).encode().toUriString());
        model.addAttribute("mayLock", access.mayOwn(actor, id));
        if (card.lock() != null) {
            model.addAttribute("lockedAt", LockMark.time(card.lock().lockedAt(), locale));
        }
        model.addAttribute("statusShape", SectionsHtml.SHAPES.getOrDefault(card.status(), "○"));
    }

    /**
     * Locks the shown period (scorecard owners and administrators) and comes back to it, or to the locks overview
     * when {@code back} is {@code locks}.
     */
    @PostMapping("/scorecards/{id}/lock")
    String lock(@PathVariable long id, @RequestParam String period, @RequestParam(defaultValue = "period") String view,
                @RequestParam(defaultValue = "") String back, Actor actor, Locale locale, RedirectAttributes redirect) {
        try {
            trees.lock(id, period, actor);
            redirect.addFlashAttribute("done", messages.getMessage("dashboard.lock.done", new Object[] {period}, locale));
        } catch (ConflictException | InvalidInputException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return back(id, period, view, back);
    }

    /** Unlocks a period (administrators only) and comes back to it, or to the locks overview (see {@link #lock}). */
    @PostMapping("/scorecards/{id}/unlock")
    String unlock(@PathVariable long id, @RequestParam String period, @RequestParam(defaultValue = "period") String view,
                  @RequestParam(defaultValue = "") String back, Actor actor, Locale locale, RedirectAttributes redirect) {
        try {
            locks.unlock(id, period, actor);
            redirect.addFlashAttribute("done", messages.getMessage("dashboard.unlock.done", new Object[] {period}, locale));
        } catch (ConflictException | InvalidInputException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return back(id, period, view, back);
    }

    private static String back(long id, String period, String view, String back) {
        if (LOCKS.equals(back)) {
            return "redirect:" + UriComponentsBuilder.fromPath("/scorecards/{id}/locks").buildAndExpand(id).toUriString();
        }
        return "redirect:" + UriComponentsBuilder.fromPath("/scorecards/{id}").queryParam("period", period)
                .queryParam("view", VIEWS.contains(view) ? view : "period").buildAndExpand(id).encode().toUriString();
    }

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(NotFoundException e, Model model) {
        model.addAttribute("message", e.getMessage());
        return "error/404";
    }
}
