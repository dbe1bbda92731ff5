package dev.fourfold.security.web;

import dev.fourfold.security.InitialUsers;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The sign-in page; in demo mode it names the demo users. */
@Controller
class LoginController {

    /** Set by the sign-in form's failure handler; the name is shared with it. */
    private static final String RETRY_AFTER = "fourfold.signIn.retryAfter";

    private final InitialUsers initialUsers;
    private final String identityProvider;
    private final MessageSource messages;

    LoginController(InitialUsers initialUsers, @Value("${fourfold.security.oidc-registration:}") String identityProvider,
                    MessageSource messages) {
        this.initialUsers = initialUsers;
        this.identityProvider = identityProvider;
        this.messages = messages;
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("demo", initialUsers.demoMode());
        model.addAttribute("oidc", identityProvider.isBlank() ? null : identityProvider);
        return "security/login";
    }

    /**
     * The sign-in form again after an attempt the throttle refused; the sign-in filter forwards here with the
     * status 429, {@code Retry-After} and the seconds to wait. Asked for directly, it is the plain sign-in page.
     */
    @RequestMapping("/login/throttled")
    String throttled(HttpServletRequest request, HttpServletResponse response, Model model, Locale locale) {
        if (!(request.getAttribute(RETRY_AFTER) instanceof Long seconds)) {
            return "redirect:/login";
        }
        response.setStatus(429);
        model.addAttribute("wait", waitText(seconds, messages, locale));
        return login(model);
    }

    /** The wait in whole seconds below a minute, else in minutes rounded up, in the reader's language. */
    static String waitText(long seconds, MessageSource messages, Locale locale) {
        if (seconds < 60) {
            return messages.getMessage("login.wait.seconds", new Object[] {seconds}, locale);
        }
        return messages.getMessage("login.wait.minutes", new Object[] {(seconds + 59) / 60}, locale);
    }
}
