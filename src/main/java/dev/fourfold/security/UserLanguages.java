package dev.fourfold.security;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The language each user chose for the pages, kept with the user so it follows them to every browser. */
@Repository
public class UserLanguages {

    /** The languages the pages are written in; the first is the default. */
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.GERMAN);

    private final JdbcClient jdbc;

    UserLanguages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The supported language this tag names, if any ({@code de}, {@code de-AT} and {@code DE} name German). */
    public static Optional<Locale> supported(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.strip()).getLanguage();
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(language)).findFirst();
    }

    /** The language a user chose, if they chose one. */
    public Optional<Locale> of(String username) {
        return jdbc.sql("select language from app_user where username_key = :k").param("k", UserRepository.key(username))
                .query(String.class).optional().flatMap(UserLanguages::supported);
    }

    /** Remembers a user's language. */
    public void choose(String username, Locale language) {
        jdbc.sql("update app_user set language = :l where username_key = :k").param("l", language.getLanguage())
                .param("k", UserRepository.key(username)).update();
    }
}
