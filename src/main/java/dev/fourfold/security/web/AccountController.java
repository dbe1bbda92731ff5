package dev.fourfold.security.web;

import dev.fourfold.security.GrantService;
import dev.fourfold.security.UserAccount;
import dev.fourfold.security.UserService;
import dev.fourfold.shared.Access;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.InvalidInputException;
import dev.fourfold.shared.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in user's own page: who they are, what they may do, and changing their password. */
@Controller
class AccountController extends PageController {

    private static final Set<String> PASSWORD_INPUTS = Set.of("currentPassword", "newPassword", "repeatPassword");

    private final UserService users;
    private final GrantService grants;
    private final GrantTargets targets;
    private final Access access;
    private final MessageSource messages;

    AccountController(UserService users, GrantService grants, GrantTargets targets, Access access,
                      MessageSource messages) {
        this.users = users;
        this.grants = grants;
        this.targets = targets;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping("/account")
    String account(Model model, Actor actor) {
        return page(model, actor, Map.of());
    }

    @PostMapping("/account/password")
    String changePassword(@RequestParam(defaultValue = "") String currentPassword,
                          @RequestParam(defaultValue = "") String newPassword,
                          @RequestParam(defaultValue = "") String repeatPassword,
                          Model model, Actor actor, RedirectAttributes redirect, HttpServletResponse response,
                          Locale locale) {
        // Checked here first, so that a typo in the repetition never changes the password.
        if (!newPassword.equals(repeatPassword)) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(model, actor,
                    Map.of("repeatPassword", messages.getMessage("account.password.mismatch", null, locale)));
        }
        try {
            users.changeOwnPassword(actor, currentPassword, newPassword);
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(model, actor, FormErrors.of(e, PASSWORD_INPUTS));
        }
        redirect.addFlashAttribute("passwordChanged", true);
        return "redirect:/account";
    }

    private String page(Model model, Actor actor, Map<String, String> errors) {
        UserAccount me = users.findByUsername(actor.name())
                .orElseThrow(() -> new NotFoundException("There is no user " + actor.name() + "."));
        model.addAttribute("me", me);
        model.addAttribute("admin", access.isAdmin(actor));
        model.addAttribute("roles", targets.rows(grants.mine(actor)));
        model.addAttribute("errors", errors);
        return "security/account";
    }
}
