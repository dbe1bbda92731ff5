package dev.fourfold.security.web;

import dev.fourfold.security.InitialUsers;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; in demo mode it names the demo users. */
@Controller
class LoginController {

    private final InitialUsers initialUsers;
    private final String identityProvider;

    LoginController(InitialUsers initialUsers, @Value("${fourfold.security.oidc-registration:}") String identityProvider) {
        this.initialUsers = initialUsers;
        this.identityProvider = identityProvider;
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("demo", initialUsers.demoMode());
        model.addAttribute("oidc", identityProvider.isBlank() ? null : identityProvider);
        return "security/login";
    }
}
