package dev.fourfold.security.web;

import dev.fourfold.security.UserAccount;
import dev.fourfold.security.UserService;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.ConflictException;
import dev.fourfold.shared.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One user account: edit it (with the version read, so that concurrent edits are noticed) and set its password. */
@Controller
class UserPageController extends PageController {

    private static final Set<String> EDIT_INPUTS = Set.of("displayName", "admin", "enabled");

    private final UserService users;
    private final UserPage page;
    private final MessageSource messages;

    UserPageController(UserService users, UserPage page, MessageSource messages) {
        this.users = users;
        this.page = page;
        this.messages = messages;
    }

    @GetMapping("/admin/users/{id}")
    String show(@PathVariable long id, Model model, Actor actor) {
        return page.show(model, id, actor);
    }

    @PostMapping("/admin/users/{id}")
    String update(@PathVariable long id, @RequestParam(defaultValue = "") String displayName,
                  @RequestParam(defaultValue = "false") boolean admin, @RequestParam(defaultValue = "false") boolean enabled,
                  @RequestParam long version, Model model, Actor actor, RedirectAttributes redirect,
                  HttpServletResponse response, Locale locale) {
        try {
            UserAccount updated = users.update(id, displayName, admin, enabled, version, actor);
            redirect.addFlashAttribute("notice",
                    messages.getMessage("user.saved", new Object[] {updated.username()}, locale));
            return "redirect:/admin/users/" + id;
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page.show(model, id, actor, new UserPage.EditForm(displayName, admin, enabled, version),
                    FormErrors.of(e, EDIT_INPUTS));
        } catch (ConflictException e) {
            // Show the stored values with the new version: the administrator reapplies the change on top.
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return page.show(model, id, actor, null,
                    Map.of(FormErrors.FORM, messages.getMessage("user.conflict", null, locale)));
        }
    }

    @PostMapping("/admin/users/{id}/password")
    String setPassword(@PathVariable long id, @RequestParam(defaultValue = "") String password, Model model, Actor actor,
                       RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
        try {
            users.setPassword(id, password, actor);
            redirect.addFlashAttribute("notice", messages.getMessage("user.passwordSet", null, locale));
            return "redirect:/admin/users/" + id;
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            // The edit form has no password input, so the key names the password form's field.
            return page.show(model, id, actor, null, FormErrors.of(e, Set.of("setPassword"), Map.of("password", "setPassword")));
        }
    }
}
