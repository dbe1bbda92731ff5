package dev.fourfold.support;

import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The pages' message bundles as the application reads them, for tests that build page texts without Spring. */
public final class Messages {

    private Messages() {
    }

    public static MessageSource bundles() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/messages", "i18n/dashboard", "i18n/kpi", "i18n/entry", "i18n/strategy",
                "i18n/authoring", "i18n/account", "i18n/audit", "i18n/imports", "i18n/webhooks",
                "i18n/connectors", "i18n/feed");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
