package dev.fourfold.security.web;

import dev.fourfold.security.UserLanguages;
import dev.fourfold.shared.Actor;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;

/** The language switcher in every page's menu: remembered for the user, and back to the page it was used on. */
@Controller
class LanguageController {

    private final UserLanguages languages;
    private final LocaleResolver locales;

    LanguageController(UserLanguages languages, LocaleResolver locales) {
        this.languages = languages;
        this.locales = locales;
    }

    @PostMapping("/account/language")
    String choose(@RequestParam(defaultValue = "") String language, @RequestParam(defaultValue = "/") String back,
                  Actor actor, HttpServletRequest request, HttpServletResponse response) {
        UserLanguages.supported(language).ifPresent(locale -> {
            languages.choose(actor.name(), locale);
            locales.setLocale(request, response, locale);
        });
        return "redirect:" + samePagePath(back);
    }

    /** A path of this site to go back to; anything else (another host, a scheme) goes home. */
    static String samePagePath(String back) {
        try {
            URI uri = URI.create(back);
            boolean local = uri.getScheme() == null && uri.getRawAuthority() == null && back.startsWith("/")
                    && !back.startsWith("//") && !back.contains("\\");
            return local ? back : "/";
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }
}
