package dev.fourfold.shared;

import java.util.List;

/**
 * The request is well-formed but clashes with the current state: a stale version, a duplicate code, or a delete
 * of something still referenced. Answered with 409 and a message saying what to do.
 */
public class ConflictException extends RuntimeException {

    private final String kind;
    private final transient List<String> references;

    public ConflictException(String kind, String message, List<String> references) {
        super(message);
        this.kind = kind;
        this.references = List.copyOf(references);
    }

    public ConflictException(String kind, String message) {
        this(kind, message, List.of());
    }

    /** A short machine-readable kind: {@code stale-version}, {@code duplicate}, {@code referenced}, {@code locked}. */
    public String kind() {
        return kind;
    }

    /** What refers to the resource, for {@code referenced} conflicts. */
    public List<String> references() {
        return references;
    }

    public static ConflictException staleVersion(String entity, Object id, long expected, long actual) {
        return new ConflictException("stale-version", "The " + entity + " " + id + " was changed by someone else: you sent version "
                + expected + " but it is now at version " + actual + ". Reload it, reapply your change and send the new version.");
    }

    /**
     * A write that lost a race: the row changed between this request reading it and writing it. {@code sent} is
     * the version the client sent, or {@code null} when it sent none (a batch may omit versions); {@code read} is
     * the version this request read. Says only what is known: the version now stored is not.
     */
    public static ConflictException changedMeanwhile(String entity, Object id, Long sent, long read) {
        if (sent != null && sent != read) {
            return staleVersion(entity, id, sent, read);
        }
        return new ConflictException("stale-version", "The " + entity + " " + id + " was changed by another request "
                + "while this one was being saved" + (sent == null ? "" : " (both started from version " + sent + ")")
                + ". Nothing was saved; reload it and send your change again"
                + (sent == null ? " (without a version it overwrites the other change)." : " with the new version."));
    }

    /**
     * Refuses a change based on a version that is no longer the stored one; a null expected version (a delete
     * that did not say which version it saw) passes.
     */
    public static void requireVersion(String entity, Object id, Long expected, long actual) {
        if (expected != null && expected != actual) {
            throw staleVersion(entity, id, expected, actual);
        }
    }

    public static ConflictException referenced(String what, List<String> references) {
        return new ConflictException("referenced", what + " cannot be deleted because it is still referenced by: "
                + String.join("; ", references) + ".", references);
    }
}
