package dev.fourfold.shared;

/**
 * Who makes a change and through which channel. Every write in Fourfold is attributed to an actor, which the
 * change log records, and every service checks what the actor may do.
 *
 * @param name   the user name, or {@code system}
 * @param source where the change came from
 * @param kind   a signed-in user, or the system itself (demo loader, scheduled jobs), which may do everything
 */
public record Actor(String name, ChangeSource source, Kind kind) {

    public static final String ANONYMOUS = "anonymous";
    public static final String SYSTEM = "system";

    /** Whether the actor is a person or the system itself. */
    public enum Kind { USER, SYSTEM }

    public Actor {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an actor needs a name");
        }
        if (source == null) {
            throw new IllegalArgumentException("an actor needs a source");
        }
        if (kind == null) {
            throw new IllegalArgumentException("an actor needs a kind");
        }
    }

    /** A signed-in user acting through a channel. */
    public static Actor user(String name, ChangeSource source) {
        return new Actor(name, source, Kind.USER);
    }

    /** The system itself, e.g. the demo loader or a scheduled job. */
    public static Actor system() {
        return new Actor(SYSTEM, ChangeSource.SYSTEM, Kind.SYSTEM);
    }

    public boolean isSystem() {
        return kind == Kind.SYSTEM;
    }

    /** The same actor acting through another channel (an import started from the API, say). */
    public Actor via(ChangeSource other) {
        return new Actor(name, other, kind);
    }
}
