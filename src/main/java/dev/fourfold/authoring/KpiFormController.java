package dev.fourfold.authoring;

import dev.fourfold.kpi.Kpi;
import dev.fourfold.kpi.KpiService;
import dev.fourfold.scorecard.Objective;
import dev.fourfold.scorecard.ObjectiveService;
import dev.fourfold.scoring.Aggregation;
import dev.fourfold.scoring.Method;
import dev.fourfold.security.UserService;
import dev.fourfold.shared.Access;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.ConflictException;
import dev.fourfold.shared.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
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

/** Creating, changing and retiring a KPI from the browser; its formula is checked as it is typed. */
@Controller
class KpiFormController {

    private final KpiService kpis;
    private final ObjectiveService objectives;
    private final Access access;
    private final UserService users;
    private final FormulaCheck formulas;
    private final MessageSource messages;

    KpiFormController(KpiService kpis, ObjectiveService objectives, Access access, UserService users,
                      FormulaCheck formulas, MessageSource messages) {
        this.kpis = kpis;
        this.objectives = objectives;
        this.access = access;
        this.users = users;
        this.formulas = formulas;
        this.messages = messages;
    }

    @GetMapping("/objectives/{id}/kpis/new")
    String newKpi(@PathVariable("id") long objectiveId, Model model, Actor actor) {
        return form(model, owned(objectiveId, actor), null, KpiForm.blank(), Map.of(), actor);
    }

    @PostMapping("/objectives/{id}/kpis/new")
    String create(@PathVariable("id") long objectiveId, @ModelAttribute KpiForm form, BindingResult binding, Model model, Actor actor,
                  Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        Objective objective = owned(objectiveId, actor);
        FormFields fields = new FormFields(locale);
        fields.add(binding);
        var draft = form.draft(objectiveId, fields, null);
        if (fields.ok()) {
            try {
                Kpi kpi = kpis.create(draft, actor);
                return saved(redirect, objective, "authoring.kpi.created", kpi.code(), locale);
            } catch (InvalidInputException e) {
                fields.add(e, KpiForm.FIELDS);
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return form(model, objective, null, form, fields.problems(), actor);
    }

    @GetMapping("/kpis/{id}/edit")
    String edit(@PathVariable long id, Model model, Actor actor, Locale locale) {
        Kpi kpi = kpis.get(id, actor);
        return form(model, owned(kpi.objectiveId(), actor), kpi, KpiForm.of(kpi, locale), Map.of(), actor);
    }

    @PostMapping("/kpis/{id}/edit")
    String update(@PathVariable long id, @ModelAttribute KpiForm form, BindingResult binding, Model model, Actor actor, Locale locale,
                  HttpServletResponse response, RedirectAttributes redirect) {
        Kpi kpi = kpis.get(id, actor);
        Objective objective = owned(kpi.objectiveId(), actor);
        FormFields fields = new FormFields(locale);
        fields.add(binding);
        var draft = form.draft(kpi.objectiveId(), fields, kpi);
        int status = HttpServletResponse.SC_BAD_REQUEST;
        if (fields.ok()) {
            try {
                Kpi saved = kpis.update(id, draft, actor);
                return saved(redirect, objective, "authoring.kpi.saved", saved.code(), locale);
            } catch (InvalidInputException e) {
                fields.add(e, KpiForm.FIELDS);
            } catch (ConflictException e) {
                fields.add("general", e.getMessage());
                status = HttpServletResponse.SC_CONFLICT;
            }
        }
        response.setStatus(status);
        return form(model, objective, kpi, form, fields.problems(), actor);
    }

    /** Retires a KPI with values (it can be restored) or deletes one without. */
    @PostMapping("/kpis/{id}/retire")
    String retire(@PathVariable long id, @RequestParam(required = false) Long version, Actor actor, Locale locale,
                  RedirectAttributes redirect) {
        Kpi kpi = kpis.get(id, actor);
        Objective objective = owned(kpi.objectiveId(), actor);
        try {
            KpiService.Removal removal = kpis.delete(id, version, actor);
            return saved(redirect, objective, removal == KpiService.Removal.RETIRED ? "authoring.kpi.retired"
                    : "authoring.kpi.deleted", kpi.code(), locale);
        } catch (ConflictException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/kpis/" + id + "/edit";
        }
    }

    /** What a formula reads, or where it goes wrong: answered to the form as the author types. */
    @PostMapping("/authoring/formula-check")
    String check(@RequestParam(defaultValue = "") String formula, Model model, Actor actor) {
        model.addAttribute("check", formulas.check(formula, actor));
        return "authoring/formula-check :: formula-check";
    }

    private Objective owned(long objectiveId, Actor actor) {
        Objective objective = objectives.get(objectiveId, actor);
        access.requireOwner(actor, objective.scorecardId());
        return objective;
    }

    private String saved(RedirectAttributes redirect, Objective objective, String key, String code, Locale locale) {
        redirect.addFlashAttribute("done", messages.getMessage(key, new Object[] {code}, locale));
        return "redirect:/scorecards/" + objective.scorecardId() + "/edit";
    }

    private String form(Model model, Objective objective, @Nullable Kpi kpi, KpiForm form, Map<String, String> problems,
                        Actor actor) {
        model.addAttribute("objective", objective);
        model.addAttribute("kpi", kpi);
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("users", users.directory());
        model.addAttribute("methods", Arrays.stream(Method.values()).map(Method::key).toList());
        model.addAttribute("aggregations", Arrays.stream(Aggregation.values()).filter(a -> a != Aggregation.FORMULA)
                .map(Aggregation::key).toList());
        model.addAttribute("check", form.formula() == null || form.formula().isBlank() ? null
                : formulas.check(form.formula(), actor));
        return "authoring/kpi";
    }
}
