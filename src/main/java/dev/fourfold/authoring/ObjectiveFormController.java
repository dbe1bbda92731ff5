package dev.fourfold.authoring;

import dev.fourfold.scorecard.Objective;
import dev.fourfold.scorecard.ObjectiveService;
import dev.fourfold.scorecard.PerspectiveService;
import dev.fourfold.scorecard.Scorecard;
import dev.fourfold.scorecard.ScorecardService;
import dev.fourfold.security.UserService;
import dev.fourfold.shared.Access;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.ConflictException;
import dev.fourfold.shared.InvalidInputException;
import dev.fourfold.shared.PageRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
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

/** Creating, changing and retiring an objective, with the objectives that drive it and the one it is aligned to. */
@Controller
class ObjectiveFormController {

    /** An objective as its form holds it, every field as typed. */
    record ObjectiveForm(@Nullable Long perspectiveId, @Nullable String code, @Nullable String name,
                         @Nullable String description, @Nullable String owner, @Nullable String weight,
                         @Nullable List<Long> drivenBy, @Nullable Long alignedToId, @Nullable Long version) {

        static final List<String> FIELDS = List.of("perspectiveId", "code", "name", "description", "owner", "weight",
                "drivenBy", "alignedToId");

        static ObjectiveForm of(Objective o, Locale locale) {
            return new ObjectiveForm(o.perspectiveId(), o.code(), o.name(), o.description(), o.owner(),
                    FormFields.write(o.weight(), locale), o.drivenBy(), o.alignedToId(), o.version());
        }

        Objective draft(@Nullable Objective current, FormFields fields) {
            if (perspectiveId == null) {
                fields.add("perspectiveId", "choose the perspective the objective belongs to");
            }
            return new Objective(0, 0, perspectiveId == null ? 0 : perspectiveId, FormFields.text(code),
                    FormFields.text(name), FormFields.text(description), FormFields.text(owner),
                    fields.number("weight", weight), current == null ? null : current.rollup(),
                    current == null ? 0 : current.position(), alignedToId, drivenBy == null ? List.of() : drivenBy,
                    false, version == null ? -1 : version);
        }
    }

    private final ObjectiveService objectives;
    private final ScorecardService scorecards;
    private final PerspectiveService perspectives;
    private final Access access;
    private final UserService users;
    private final MessageSource messages;

    ObjectiveFormController(ObjectiveService objectives, ScorecardService scorecards, PerspectiveService perspectives,
                            Access access, UserService users, MessageSource messages) {
        this.objectives = objectives;
        this.scorecards = scorecards;
        this.perspectives = perspectives;
        this.access = access;
        this.users = users;
        this.messages = messages;
    }

    @GetMapping("/scorecards/{id}/objectives/new")
    String newObjective(@PathVariable long id, @RequestParam(required = false) Long perspective, Model model,
                        Actor actor) {
        Scorecard scorecard = owned(id, actor);
        return form(model, scorecard, null, new ObjectiveForm(perspective, null, null, null, null, "1", List.of(),
                null, 0L), Map.of(), actor);
    }

    @PostMapping("/scorecards/{id}/objectives/new")
    String create(@PathVariable long id, @ModelAttribute ObjectiveForm form, BindingResult binding, Model model, Actor actor, Locale locale,
                  HttpServletResponse response, RedirectAttributes redirect) {
        Scorecard scorecard = owned(id, actor);
        FormFields fields = new FormFields(locale);
        fields.add(binding);
        Objective draft = form.draft(null, fields);
        if (fields.ok()) {
            try {
                Objective created = objectives.create(draft, actor);
                return saved(redirect, id, "authoring.objective.created", created.code(), locale);
            } catch (InvalidInputException e) {
                fields.add(e, ObjectiveForm.FIELDS);
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return form(model, scorecard, null, form, fields.problems(), actor);
    }

    @GetMapping("/objectives/{id}/edit")
    String edit(@PathVariable long id, Model model, Actor actor, Locale locale) {
        Objective objective = objectives.get(id, actor);
        return form(model, owned(objective.scorecardId(), actor), objective, ObjectiveForm.of(objective, locale),
                Map.of(), actor);
    }

    @PostMapping("/objectives/{id}/edit")
    String update(@PathVariable long id, @ModelAttribute ObjectiveForm form, BindingResult binding, Model model, Actor actor, Locale locale,
                  HttpServletResponse response, RedirectAttributes redirect) {
        Objective current = objectives.get(id, actor);
        Scorecard scorecard = owned(current.scorecardId(), actor);
        FormFields fields = new FormFields(locale);
        fields.add(binding);
        Objective draft = form.draft(current, fields);
        int status = HttpServletResponse.SC_BAD_REQUEST;
        if (fields.ok()) {
            try {
                Objective saved = objectives.update(id, draft, actor);
                return saved(redirect, scorecard.id(), "authoring.objective.saved", saved.code(), locale);
            } catch (InvalidInputException e) {
                fields.add(e, ObjectiveForm.FIELDS);
            } catch (ConflictException e) {
                fields.add("general", e.getMessage());
                status = HttpServletResponse.SC_CONFLICT;
            }
        }
        response.setStatus(status);
        return form(model, scorecard, current, form, fields.problems(), actor);
    }

    /** Retires an objective (it can be restored over the API) or deletes one that was never used. */
    @PostMapping("/objectives/{id}/retire")
    String retire(@PathVariable long id, @RequestParam(required = false) Long version, Actor actor, Locale locale,
                  RedirectAttributes redirect) {
        Objective objective = objectives.get(id, actor);
        owned(objective.scorecardId(), actor);
        try {
            objectives.delete(id, version, actor);
            return saved(redirect, objective.scorecardId(), "authoring.objective.retired", objective.code(), locale);
        } catch (ConflictException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/objectives/" + id + "/edit";
        }
    }

    private Scorecard owned(long scorecardId, Actor actor) {
        Scorecard scorecard = scorecards.get(scorecardId, actor);
        access.requireOwner(actor, scorecardId);
        return scorecard;
    }

    private String saved(RedirectAttributes redirect, long scorecardId, String key, String code, Locale locale) {
        redirect.addFlashAttribute("done", messages.getMessage(key, new Object[] {code}, locale));
        return "redirect:/scorecards/" + scorecardId + "/edit";
    }

    private String form(Model model, Scorecard scorecard, @Nullable Objective objective, ObjectiveForm form,
                        Map<String, String> problems, Actor actor) {
        List<Objective> mine = objectives.activeOfScorecard(scorecard.id()).stream()
                .filter(o -> objective == null || o.id() != objective.id()).toList();
        List<Objective> elsewhere = objectives.list(new ObjectiveService.Filter(null, null, null, false),
                new PageRequest(0, PageRequest.MAX_SIZE), actor).items().stream()
                .filter(o -> o.scorecardId() != scorecard.id()).toList();
        model.addAttribute("scorecard", scorecard);
        model.addAttribute("objective", objective);
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("perspectives", perspectives.listOf(scorecard.id()));
        model.addAttribute("others", mine);
        model.addAttribute("elsewhere", elsewhere);
        model.addAttribute("users", users.directory());
        return "authoring/objective";
    }
}
