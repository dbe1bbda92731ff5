package dev.fourfold.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;

/** The pages speak the language each user chose ({@link AccountLocaleResolver}). */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration {

    /** Named as Spring MVC looks it up, which replaces Boot's Accept-Language resolver. */
    @Bean
    LocaleResolver localeResolver(UserLanguages languages) {
        return new AccountLocaleResolver(languages);
    }
}
