package dev.fourfold.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language of the pages: the one the signed-in user chose (read once per session and kept in it), else the
 * browser's first supported language, else English. Requests without a session (the API, static files) never
 * read the database.
 */
class AccountLocaleResolver implements LocaleResolver {

    static final String SESSION_ATTRIBUTE = AccountLocaleResolver.class.getName() + ".locale";
    /** Kept in the session when the user chose no language, so the database is asked once. */
    private static final String BROWSERS = "browser";

    private final UserLanguages languages;

    AccountLocaleResolver(UserLanguages languages) {
        this.languages = languages;
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            Object kept = session.getAttribute(SESSION_ATTRIBUTE);
            if (kept == null) {
                kept = chosen().map(Object.class::cast).orElse(BROWSERS);
                session.setAttribute(SESSION_ATTRIBUTE, kept);
            }
            if (kept instanceof Locale locale) {
                return locale;
            }
        }
        return browsers(request);
    }

    private java.util.Optional<Locale> chosen() {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        if (who == null || !who.isAuthenticated() || who instanceof AnonymousAuthenticationToken) {
            return java.util.Optional.empty();
        }
        return languages.of(who.getName());
    }

    /** The first of the browser's languages (Accept-Language, in its order of preference) that the pages speak. */
    private static Locale browsers(HttpServletRequest request) {
        for (Locale locale : java.util.Collections.list(request.getLocales())) {
            var match = UserLanguages.supported(locale.toLanguageTag());
            if (match.isPresent()) {
                return match.get();
            }
        }
        return UserLanguages.SUPPORTED.get(0);
    }

    @Override
    public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response, @Nullable Locale locale) {
        request.getSession().setAttribute(SESSION_ATTRIBUTE, locale == null ? BROWSERS : locale);
    }
}
