package dev.fourfold.security.web;

import dev.fourfold.security.UserAccount;
import dev.fourfold.security.UserService;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
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

/** The list of user accounts and the form to create one (administrators; the service refuses everyone else). */
@Controller
class UsersPageController extends PageController {

    private static final Set<String> INPUTS = Set.of("username", "displayName", "password");

    private final UserService users;
    private final Clock clock;
    private final MessageSource messages;

    UsersPageController(UserService users, Clock clock, MessageSource messages) {
        this.users = users;
        this.clock = clock;
        this.messages = messages;
    }

    /** A user as the list shows it; {@code lockedUntil} only while failed sign-ins hold the account up. */
    record Row(long id, String username, String displayName, boolean admin, boolean enabled, String lockedUntil,
               boolean hasPassword) {
    }

    /** The create form's values, sent back after a mistake (never the password). */
    record Form(String username, String displayName, boolean admin) {
    }

    @GetMapping("/admin/users")
    String list(Model model, Actor actor, Locale locale) {
        return page(model, actor, new Form("", "", false), Map.of(), locale);
    }

    @PostMapping("/admin/users")
    String create(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String displayName,
                  @RequestParam(defaultValue = "") String password, @RequestParam(defaultValue = "false") boolean admin,
                  Model model, Actor actor, RedirectAttributes redirect, HttpServletResponse response,
                  Locale locale) {
        try {
            UserAccount created = users.create(username, displayName, password, admin, actor);
            redirect.addFlashAttribute("notice",
                    messages.getMessage("users.created", new Object[] {created.username()}, locale));
            return "redirect:/admin/users/" + created.id();
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(model, actor, new Form(username, displayName, admin), FormErrors.of(e, INPUTS), locale);
        }
    }

    private String page(Model model, Actor actor, Form form, Map<String, String> errors, Locale locale) {
        Instant now = clock.instant();
        List<Row> rows = users.list(actor).stream().map(u -> new Row(u.id(), u.username(), u.displayName(), u.admin(),
                u.enabled(), u.lockedUntil() != null && u.lockedUntil().isAfter(now)
                        ? Times.minutes(u.lockedUntil(), messages, locale) : null,
                u.hasPassword())).toList();
        model.addAttribute("users", rows);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "admin/users";
    }
}
