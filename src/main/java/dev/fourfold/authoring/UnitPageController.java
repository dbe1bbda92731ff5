package dev.fourfold.authoring;

import dev.fourfold.scorecard.OrgUnit;
import dev.fourfold.scorecard.Scorecard;
import dev.fourfold.scorecard.ScorecardService;
import dev.fourfold.scorecard.UnitService;
import dev.fourfold.scorecard.UnitTree;
import dev.fourfold.shared.Access;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.ConflictException;
import dev.fourfold.shared.InvalidInputException;
import dev.fourfold.shared.PageRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
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
 * The organisation's units as a tree with their scorecards, as far as the reader may see them; administrators add,
 * rename, move and delete units here. Where a unit may go and what may be deleted is the unit service's to say.
 */
@Controller
class UnitPageController {

    /** A unit as its form holds it; {@code parentId} empty for the top of the tree. */
    record UnitForm(@Nullable String name, @Nullable Long parentId, @Nullable Long version) {

        static final List<String> FIELDS = List.of("name", "parentId");
    }

    /** A unit in the tree: its depth, its parent's name (empty for a root) and the scorecards the reader may read. */
    record Branch(OrgUnit unit, int depth, String parent, List<Scorecard> scorecards) {
    }

    private final UnitService units;
    private final ScorecardService scorecards;
    private final Access access;
    private final MessageSource messages;

    UnitPageController(UnitService units, ScorecardService scorecards, Access access, MessageSource messages) {
        this.units = units;
        this.scorecards = scorecards;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping("/units")
    String tree(Model model, Actor actor) {
        return page(model, new UnitForm(null, null, null), Map.of(), actor);
    }

    @PostMapping("/units")
    String create(@ModelAttribute UnitForm form, BindingResult binding, Model model, Actor actor, Locale locale,
                  HttpServletResponse response, RedirectAttributes redirect) {
        access.requireAdmin(actor);
        FormFields fields = new FormFields(locale);
        fields.add(binding);
        if (fields.ok()) {
            try {
                OrgUnit created = units.create(form.parentId(), FormFields.text(form.name()), actor);
                return done(redirect, "authoring.unit.created", created.name(), locale);
            } catch (InvalidInputException e) {
                fields.add(e, UnitForm.FIELDS);
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return page(model, form, fields.problems(), actor);
    }

    @GetMapping("/units/{id}/edit")
    String edit(@PathVariable long id, Model model, Actor actor) {
        access.requireAdmin(actor);
        OrgUnit unit = units.get(id);
        return form(model, unit, new UnitForm(unit.name(), unit.parentId(), unit.version()), Map.of(), actor);
    }

    @PostMapping("/units/{id}/edit")
    String update(@PathVariable long id, @ModelAttribute UnitForm form, BindingResult binding, Model model, Actor actor,
                  Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        access.requireAdmin(actor);
        OrgUnit current = units.get(id);
        FormFields fields = new FormFields(locale);
        fields.add(binding);
        int status = HttpServletResponse.SC_BAD_REQUEST;
        if (fields.ok()) {
            try {
                OrgUnit saved = units.update(id, form.parentId(), FormFields.text(form.name()),
                        form.version() == null ? -1 : form.version(), actor);
                return done(redirect, "authoring.unit.saved", saved.name(), locale);
            } catch (InvalidInputException e) {
                fields.add(e, UnitForm.FIELDS);
            } catch (ConflictException e) {
                fields.add(e, messages.getMessage("authoring.stale", null, locale));
                status = HttpServletResponse.SC_CONFLICT;
            }
        }
        response.setStatus(status);
        return form(model, current, form, fields.problems(), actor);
    }

    /** Deletes a unit without child units and scorecards; for any other the page says what is still in it. */
    @PostMapping("/units/{id}/delete")
    String delete(@PathVariable long id, @RequestParam(required = false) Long version, Model model, Actor actor,
                  Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        access.requireAdmin(actor);
        OrgUnit current = units.get(id);
        FormFields fields = new FormFields(locale);
        try {
            units.delete(id, version, actor);
            return done(redirect, "authoring.unit.deleted", current.name(), locale);
        } catch (ConflictException e) {
            fields.add(e, messages.getMessage("authoring.stale", null, locale));
        }
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        // Nothing was typed to correct: the page says only why the delete was refused.
        model.addAttribute("error", fields.problems().get("general"));
        return form(model, current, new UnitForm(current.name(), current.parentId(), current.version()),
                Map.of(), actor);
    }

    private String done(RedirectAttributes redirect, String key, String name, Locale locale) {
        redirect.addFlashAttribute("done", messages.getMessage(key, new Object[] {name}, locale));
        return "redirect:/units";
    }

    private String page(Model model, UnitForm form, Map<String, String> problems, Actor actor) {
        Map<Long, List<Scorecard>> byUnit = scorecards.list(null, new PageRequest(0, PageRequest.MAX_SIZE), actor)
                .items().stream().collect(Collectors.groupingBy(Scorecard::unitId));
        List<UnitTree.Placed> placed = units.tree(actor);
        Map<Long, String> names = new HashMap<>();
        placed.forEach(p -> names.put(p.unit().id(), p.unit().name()));
        Set<Long> shown = names.keySet();
        model.addAttribute("branches", placed.stream().map(p -> new Branch(p.unit(), p.depth(),
                p.depth() == 0 ? "" : names.get(p.unit().parentId()), byUnit.getOrDefault(p.unit().id(), List.of())))
                .toList());
        model.addAttribute("others", byUnit.entrySet().stream().filter(e -> !shown.contains(e.getKey()))
                .flatMap(e -> e.getValue().stream()).toList());
        model.addAttribute("admin", access.isAdmin(actor));
        model.addAttribute("parents", placed);
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        return "authoring/units";
    }

    private String form(Model model, OrgUnit unit, UnitForm form, Map<String, String> problems, Actor actor) {
        model.addAttribute("unit", unit);
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("parents", units.tree(actor).stream().filter(p -> p.unit().id() != unit.id()).toList());
        return "authoring/unit";
    }
}
