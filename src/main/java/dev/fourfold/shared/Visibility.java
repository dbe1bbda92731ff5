package dev.fourfold.shared;

import java.util.Collection;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which records of one kind (scorecards, units) an actor may see: all of them, as an administrator does, or only
 * the listed ids, which may be none. Replaces a {@code null} set meaning "all", so that no caller can mistake
 * "sees everything" for "sees nothing".
 */
public final class Visibility {

    private static final Visibility ALL = new Visibility(null);

    private final @Nullable Set<Long> ids;

    private Visibility(@Nullable Set<Long> ids) {
        this.ids = ids;
    }

    /** Everything is visible. */
    public static Visibility all() {
        return ALL;
    }

    /** Only the given ids are visible. */
    public static Visibility only(Collection<Long> ids) {
        return new Visibility(Set.copyOf(ids));
    }

    public boolean isAll() {
        return ids == null;
    }

    /** Whether nothing at all is visible, so that a list needs no query. */
    public boolean isNone() {
        return ids != null && ids.isEmpty();
    }

    public boolean allows(long id) {
        return ids == null || ids.contains(id);
    }

    /** Whether a possibly absent id is visible; an absent id is visible only to someone who sees everything. */
    public boolean allows(@Nullable Long id) {
        return ids == null || id != null && ids.contains(id);
    }

    /** The visible ids; only for a visibility that is not {@link #isAll() all}. */
    public Set<Long> ids() {
        if (ids == null) {
            throw new IllegalStateException("every id is visible");
        }
        return ids;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Visibility v && java.util.Objects.equals(ids, v.ids);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hashCode(ids);
    }

    @Override
    public String toString() {
        return ids == null ? "Visibility[all]" : "Visibility" + ids;
    }
}
