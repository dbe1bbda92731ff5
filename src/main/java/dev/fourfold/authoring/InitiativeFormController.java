package dev.fourfold.authoring;

import dev.fourfold.initiative.Initiative;
import dev.fourfold.initiative.InitiativeService;
import dev.fourfold.scorecard.Objective;
import dev.fourfold.scorecard.ObjectiveService;
import dev.fourfold.security.UserService;
import dev.fourfold.shared.Access;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.ConflictException;
import dev.fourfold.shared.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
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

/**
 * Creating, changing and deleting an objective's initiatives, for the owners of its scorecard. A saved initiative
 * shows on the objective's page, where the form returns to.
 */
@Controller
class InitiativeFormController {

    private final InitiativeService initiatives;
    private final ObjectiveService objectives;
    private final Access access;
    private final UserService users;
    private final MessageSource messages;

    InitiativeFormController(InitiativeService initiatives, ObjectiveService objectives, Access access,
                             UserService users, MessageSource messages) {
        this.initiatives = initiatives;
        this.objectives = objectives;
        this.access = access;
        this.users = users;
        this.messages = messages;
    }

    @GetMapping("/objectives/{id}/initiatives/new")
    String newInitiative(@PathVariable("id") long objectiveId, Model model, Actor actor) {
        return form(model, owned(objectiveId, actor), null, InitiativeForm.blank(), Map.of());
    }

    @PostMapping("/objectives/{id}/initiatives/new")
    String create(@PathVariable("id") long objectiveId, @ModelAttribute InitiativeForm form, BindingResult binding,
                  Model model, Actor actor, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        Objective objective = owned(objectiveId, actor);
        FormFields fields = new FormFields(locale);
        fields.add(binding);
        Initiative draft = form.draft(0, objectiveId, fields);
        if (fields.ok()) {
            try {
                Initiative created = initiatives.create(draft, actor);
                return saved(redirect, objective, "authoring.initiative.created", created.name(), locale);
            } catch (InvalidInputException e) {
                fields.add(e, InitiativeForm.FIELDS);
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return form(model, objective, null, form, fields.problems());
    }

    @GetMapping("/initiatives/{id}/edit")
    String edit(@PathVariable long id, Model model, Actor actor, Locale locale) {
        Initiative initiative = initiatives.get(id, actor);
        return form(model, owned(initiative.objectiveId(), actor), initiative, InitiativeForm.of(initiative, locale),
                Map.of());
    }

    @PostMapping("/initiatives/{id}/edit")
    String update(@PathVariable long id, @ModelAttribute InitiativeForm form, BindingResult binding, Model model,
                  Actor actor, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        Initiative current = initiatives.get(id, actor);
        Objective objective = owned(current.objectiveId(), actor);
        FormFields fields = new FormFields(locale);
        fields.add(binding);
        Initiative draft = form.draft(id, current.objectiveId(), fields);
        int status = HttpServletResponse.SC_BAD_REQUEST;
        if (fields.ok()) {
            try {
                Initiative saved = initiatives.update(id, draft, actor);
                return saved(redirect, objective, "authoring.initiative.saved", saved.name(), locale);
            } catch (InvalidInputException e) {
                fields.add(e, InitiativeForm.FIELDS);
            } catch (ConflictException e) {
                fields.add(e, messages.getMessage("authoring.stale", null, locale));
                status = HttpServletResponse.SC_CONFLICT;
            }
        }
        response.setStatus(status);
        return form(model, objective, current, form, fields.problems());
    }

    @PostMapping("/initiatives/{id}/delete")
    String delete(@PathVariable long id, @RequestParam(required = false) Long version, Model model, Actor actor,
                  Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        Initiative current = initiatives.get(id, actor);
        Objective objective = owned(current.objectiveId(), actor);
        FormFields fields = new FormFields(locale);
        try {
            initiatives.delete(id, version, actor);
            return saved(redirect, objective, "authoring.initiative.deleted", current.name(), locale);
        } catch (ConflictException e) {
            fields.add(e, messages.getMessage("authoring.stale", null, locale));
        }
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        // Nothing was typed to correct: the page says only why the delete was refused.
        model.addAttribute("error", fields.problems().get("general"));
        return form(model, objective, current, InitiativeForm.of(current, locale), Map.of());
    }

    private Objective owned(long objectiveId, Actor actor) {
        Objective objective = objectives.get(objectiveId, actor);
        access.requireOwner(actor, objective.scorecardId());
        return objective;
    }

    private String saved(RedirectAttributes redirect, Objective objective, String key, String name, Locale locale) {
        redirect.addFlashAttribute("done", messages.getMessage(key, new Object[] {name}, locale));
        return "redirect:/objectives/" + objective.id() + "#initiatives";
    }

    private String form(Model model, Objective objective, @Nullable Initiative initiative, InitiativeForm form,
                        Map<String, String> problems) {
        model.addAttribute("objective", objective);
        model.addAttribute("initiative", initiative);
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("users", users.directory());
        model.addAttribute("statuses", Initiative.STATUSES);
        return "authoring/initiative";
    }
}
