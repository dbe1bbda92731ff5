package dev.fourfold.scoring;

/** The traffic-light colour of a score; {@code none} (grey) when nothing could be scored. */
public enum Status {
    RED, AMBER, GREEN, BLUE, NONE;

    /** The key used in files and the API: {@code red}, {@code amber}, {@code green}, {@code blue} or {@code none}. */
    public String key() {
        return Keys.of(this);
    }

    /** Parses a status key, ignoring case. */
    public static Status fromKey(String key) {
        return Keys.parse(values(), key, "a status");
    }
}
