package dev.fourfold.shared;

import java.util.Locale;

/** The channel a change came through; recorded with every change. */
public enum ChangeSource {
    UI, API, IMPORT, CONNECTOR, SYSTEM;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
