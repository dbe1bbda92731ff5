package dev.fourfold.evaluation.web;

import dev.fourfold.shared.Actor;
import dev.fourfold.shared.InvalidInputException;
import dev.fourfold.shared.NotFoundException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A KPI's page: its chart of actual against target with the status bands and the forecast to the fiscal-year end,
 * the probability of meeting the year's target, why the chosen period has its colour, the history of its periods,
 * and the revisions of its targets and values. Only a reader of the KPI's scorecard sees it; anyone else gets the
 * same 404 as for a KPI that does not exist. A period the KPI cannot show comes back as a message over the default.
 */
@Controller
class KpiPageController {

    private final KpiPages pages;
    private final MessageSource messages;

    KpiPageController(KpiPages pages, MessageSource messages) {
        this.pages = pages;
        this.messages = messages;
    }

    @GetMapping("/kpis/{id}")
    String kpi(@PathVariable long id, @RequestParam(required = false) String period, Model model, Actor actor,
               Locale locale) {
        KpiPages.Shown page;
        try {
            page = pages.page(id, period, actor, locale);
        } catch (InvalidInputException e) {
            model.addAttribute("error", messages.getMessage("kpi.period.invalid", new Object[] {period}, locale));
            model.addAttribute("typedPeriod", period);
            page = pages.page(id, null, actor, locale);
        }
        model.addAttribute("page", page.page());
        model.addAttribute("body", page.body());
        return "evaluation/kpi";
    }

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(NotFoundException e, Model model) {
        model.addAttribute("message", e.getMessage());
        return "error/404";
    }
}
