package dev.fourfold.authoring;

import dev.fourfold.kpi.Kpi;
import dev.fourfold.kpi.KpiService;
import dev.fourfold.scorecard.Objective;
import dev.fourfold.scorecard.ObjectiveService;
import dev.fourfold.scorecard.Perspective;
import dev.fourfold.scorecard.PerspectiveService;
import dev.fourfold.scorecard.Scorecard;
import dev.fourfold.scorecard.ScorecardService;
import dev.fourfold.scoring.Method;
import dev.fourfold.shared.Access;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.ConflictException;
import dev.fourfold.shared.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A scorecard's settings and structure: perspectives to rename, weigh, reorder and add; objectives and KPIs. */
@Controller
class ScorecardEditController {

    private final ScorecardService scorecards;
    private final PerspectiveService perspectives;
    private final ObjectiveService objectives;
    private final KpiService kpis;
    private final Access access;
    private final MessageSource messages;

    ScorecardEditController(ScorecardService scorecards, PerspectiveService perspectives, ObjectiveService objectives,
                            KpiService kpis, Access access, MessageSource messages) {
        this.scorecards = scorecards;
        this.perspectives = perspectives;
        this.objectives = objectives;
        this.kpis = kpis;
        this.access = access;
        this.messages = messages;
    }

    /** A perspective with its active objectives, each with its active KPIs. */
    record Branch(Perspective perspective, String weight, List<Twig> objectives) {
    }

    record Twig(Objective objective, List<Kpi> kpis) {
    }

    @GetMapping("/scorecards/{id}/edit")
    String edit(@PathVariable long id, Model model, Actor actor, Locale locale) {
        Scorecard scorecard = owned(id, actor);
        return page(model, scorecard, ScorecardForm.of(scorecard, locale), Map.of(), locale);
    }

    @PostMapping("/scorecards/{id}/edit")
    String save(@PathVariable long id, @ModelAttribute ScorecardForm form, BindingResult binding, Model model, Actor actor, Locale locale,
                HttpServletResponse response, RedirectAttributes redirect) {
        Scorecard current = owned(id, actor);
        FormFields fields = new FormFields(locale);
        fields.add(binding);
        Scorecard draft = form.draft(current, fields);
        int status = HttpServletResponse.SC_BAD_REQUEST;
        if (fields.ok()) {
            try {
                scorecards.update(id, draft, actor);
                redirect.addFlashAttribute("done", messages.getMessage("authoring.scorecard.saved", null, locale));
                return "redirect:/scorecards/" + id + "/edit";
            } catch (InvalidInputException e) {
                fields.add(e, ScorecardForm.FIELDS);
            } catch (ConflictException e) {
                fields.add("general", e.getMessage());
                status = HttpServletResponse.SC_CONFLICT;
            }
        }
        response.setStatus(status);
        return page(model, current, form, fields.problems(), locale);
    }

    @PostMapping("/scorecards/{id}/perspectives")
    String addPerspective(@PathVariable long id, @RequestParam(defaultValue = "") String name,
                          @RequestParam(defaultValue = "") String weight, Actor actor, Locale locale,
                          RedirectAttributes redirect) {
        owned(id, actor);
        FormFields fields = new FormFields(locale);
        var w = fields.number("weight", weight);
        try {
            if (fields.ok()) {
                perspectives.create(id, FormFields.text(name), null, w, null, actor);
                redirect.addFlashAttribute("done", messages.getMessage("authoring.perspective.added",
                        new Object[] {name}, locale));
            }
        } catch (InvalidInputException e) {
            fields.add(e, List.of("name", "weight"));
        }
        fields.problems().values().stream().findFirst().ifPresent(p -> redirect.addFlashAttribute("error", p));
        return "redirect:/scorecards/" + id + "/edit";
    }

    @PostMapping("/perspectives/{id}/edit")
    String savePerspective(@PathVariable long id, @RequestParam(defaultValue = "") String name,
                           @RequestParam(defaultValue = "") String weight, @RequestParam(required = false) Integer position,
                           @RequestParam long version, Actor actor, Locale locale, RedirectAttributes redirect) {
        Perspective p = perspectives.get(id, actor);
        owned(p.scorecardId(), actor);
        FormFields fields = new FormFields(locale);
        var w = fields.number("weight", weight);
        try {
            if (fields.ok()) {
                perspectives.update(id, FormFields.text(name), position, w, p.rollup(), version, actor);
                redirect.addFlashAttribute("done", messages.getMessage("authoring.perspective.saved",
                        new Object[] {name}, locale));
            }
        } catch (InvalidInputException e) {
            fields.add(e, List.of("name", "weight", "position"));
        } catch (ConflictException e) {
            fields.add("general", e.getMessage());
        }
        fields.problems().values().stream().findFirst().ifPresent(m -> redirect.addFlashAttribute("error", m));
        return "redirect:/scorecards/" + p.scorecardId() + "/edit";
    }

    private Scorecard owned(long id, Actor actor) {
        Scorecard scorecard = scorecards.get(id, actor);
        access.requireOwner(actor, id);
        return scorecard;
    }

    private String page(Model model, Scorecard scorecard, ScorecardForm form, Map<String, String> problems,
                        Locale locale) {
        Map<Long, List<Kpi>> byObjective = kpis.activeOfScorecard(scorecard.id()).stream()
                .collect(Collectors.groupingBy(Kpi::objectiveId));
        Map<Long, List<Objective>> byPerspective = objectives.activeOfScorecard(scorecard.id()).stream()
                .collect(Collectors.groupingBy(Objective::perspectiveId));
        model.addAttribute("scorecard", scorecard);
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("methods", Arrays.stream(Method.values()).map(Method::key).toList());
        model.addAttribute("branches", perspectives.listOf(scorecard.id()).stream().map(p -> new Branch(p,
                FormFields.write(p.weight(), locale), byPerspective.getOrDefault(p.id(), List.of()).stream()
                .map(o -> new Twig(o, byObjective.getOrDefault(o.id(), List.of()))).toList())).toList());
        return "authoring/scorecard";
    }
}
