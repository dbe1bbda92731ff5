package dev.fourfold.security.web;

import dev.fourfold.security.GrantService;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Adds and removes a user's roles on units and scorecards, from the user's page. */
@Controller
class GrantPageController extends PageController {

    private final GrantService grants;
    private final UserPage page;
    private final MessageSource messages;

    GrantPageController(GrantService grants, UserPage page, MessageSource messages) {
        this.grants = grants;
        this.page = page;
        this.messages = messages;
    }

    /**
     * Grants a role on the chosen target.
     *
     * @param target {@code unit:ID} or {@code scorecard:ID}, from one select listing both
     */
    @PostMapping("/admin/users/{id}/grants")
    String add(@PathVariable long id, @RequestParam(defaultValue = "") String role,
               @RequestParam(defaultValue = "") String target, Model model, Actor actor, RedirectAttributes redirect,
               HttpServletResponse response, Locale locale) {
        try {
            Long unitId = idOf(target, "unit:", locale);
            Long scorecardId = idOf(target, "scorecard:", locale);
            if (unitId == null && scorecardId == null) {
                throw new InvalidInputException("grantTarget",
                        messages.getMessage("user.grant.error.choose", null, locale));
            }
            grants.create(id, unitId, scorecardId, role, actor);
            redirect.addFlashAttribute("notice", messages.getMessage("user.granted", null, locale));
            return "redirect:/admin/users/" + id;
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page.show(model, id, actor, null, Map.of("grant", e.problems().stream()
                    .map(p -> FormErrors.capitalised(p.message())).reduce((a, b) -> a + " " + b).orElse("")));
        }
    }

    @PostMapping("/admin/users/{id}/grants/{grantId}/delete")
    String remove(@PathVariable long id, @PathVariable long grantId, Actor actor, RedirectAttributes redirect,
                  Locale locale) {
        grants.delete(grantId, actor);
        redirect.addFlashAttribute("notice", messages.getMessage("user.removed", null, locale));
        return "redirect:/admin/users/" + id;
    }

    private Long idOf(String target, String prefix, Locale locale) {
        if (!target.startsWith(prefix)) {
            return null;
        }
        try {
            return Long.valueOf(target.substring(prefix.length()));
        } catch (NumberFormatException e) {
            throw new InvalidInputException("grantTarget",
                    messages.getMessage("user.grant.error.notATarget", new Object[] {target}, locale));
        }
    }
}
