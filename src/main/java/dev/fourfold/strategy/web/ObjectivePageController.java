package dev.fourfold.strategy.web;

import dev.fourfold.shared.Access;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.InvalidInputException;
import dev.fourfold.shared.NotFoundException;
import dev.fourfold.shared.RuleTexts;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The page of one objective at a period and view; a bad period falls back to the default and says why. */
@Controller
class ObjectivePageController {

    private final ObjectivePages pages;
    private final Access access;

    ObjectivePageController(ObjectivePages pages, Access access) {
        this.pages = pages;
        this.access = access;
    }

    @GetMapping("/objectives/{id}")
    String objective(@PathVariable long id, @RequestParam(required = false) @Nullable String period,
                     @RequestParam(required = false) @Nullable String view, Model model, Actor actor, Locale locale) {
        ObjectivePage page;
        try {
            page = pages.page(id, period, view, actor, locale);
        } catch (InvalidInputException e) {
            model.addAttribute("error", RuleTexts.in(locale, e.problems().get(0).message()));
            model.addAttribute("typedPeriod", period);
            page = pages.page(id, null, null, actor, locale);
        }
        model.addAttribute("page", page);
        model.addAttribute("head", page.head());
        model.addAttribute("mayEdit", !page.head().retired() && access.mayOwn(actor, page.head().scorecardId()));
        return "strategy/objective";
    }

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(NotFoundException e, Model model) {
        model.addAttribute("message", e.getMessage());
        return "error/404";
    }
}
