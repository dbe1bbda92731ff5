package dev.fourfold.security.web;

import dev.fourfold.security.GrantService;
import dev.fourfold.security.Role;
import dev.fourfold.security.UserAccount;
import dev.fourfold.security.UserService;
import dev.fourfold.shared.Actor;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The page of one user account, shared by the controllers of its forms so that a mistake re-shows it in place. */
@Component
class UserPage {

    static final String VIEW = "admin/user";

    private final UserService users;
    private final GrantService grants;
    private final GrantTargets targets;
    private final Clock clock;
    private final MessageSource messages;

    UserPage(UserService users, GrantService grants, GrantTargets targets, Clock clock, MessageSource messages) {
        this.users = users;
        this.grants = grants;
        this.targets = targets;
        this.clock = clock;
        this.messages = messages;
    }

    /** The edit form's values: the stored ones, or those sent back after a mistake. */
    record EditForm(String displayName, boolean admin, boolean enabled, long version) {
    }

    /** A role to choose when granting. */
    record RoleChoice(String value, String label) {
    }

    String show(Model model, long id, Actor actor) {
        return show(model, id, actor, null, Map.of());
    }

    /**
     * Fills the model of the page of user {@code id}.
     *
     * @param edit   the edit form's values to show, or null for the stored ones
     * @param errors problems by input name; keys of the grant form start with {@code grant}
     */
    String show(Model model, long id, Actor actor, EditForm edit, Map<String, String> errors) {
        UserAccount user = users.get(id, actor);
        model.addAttribute("user", user);
        model.addAttribute("locked", user.lockedUntil() != null && user.lockedUntil().isAfter(clock.instant()));
        model.addAttribute("lockedUntil",
                Times.minutes(user.lockedUntil(), messages, LocaleContextHolder.getLocale()));
        model.addAttribute("edit", edit != null ? edit
                : new EditForm(user.displayName() == null ? "" : user.displayName(), user.admin(), user.enabled(), user.version()));
        model.addAttribute("grants", targets.rows(grants.list(id, actor)));
        model.addAttribute("roles", Arrays.stream(Role.values()).map(r -> new RoleChoice(r.name(), targets.label(r))).toList());
        model.addAttribute("units", targets.unitChoices(actor));
        model.addAttribute("scorecards", targets.scorecardChoices(actor));
        model.addAttribute("errors", errors);
        return VIEW;
    }
}
