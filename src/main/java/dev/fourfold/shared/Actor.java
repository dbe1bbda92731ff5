package dev.fourfold.shared;

/**
 * Who makes a change and through which channel. Every write in Fourfold is attributed to an actor, which the
 * change log records.
 *
 * @param name   the user name, or {@code anonymous} / {@code system}
 * @param source where the change came from
 */
public record Actor(String name, ChangeSource source) {

    public static final String ANONYMOUS = "anonymous";
    public static final String SYSTEM = "system";

    public Actor {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an actor needs a name");
        }
        if (source == null) {
            throw new IllegalArgumentException("an actor needs a source");
        }
    }

    /** The system itself, e.g. the demo loader or a scheduled job. */
    public static Actor system() {
        return new Actor(SYSTEM, ChangeSource.SYSTEM);
    }

    /** The same person acting through another channel (an import started from the API, say). */
    public Actor via(ChangeSource other) {
        return new Actor(name, other);
    }
}
