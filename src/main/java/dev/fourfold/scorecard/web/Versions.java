package dev.fourfold.scorecard.web;

import dev.fourfold.shared.InvalidInputException;

/** Updates must say which version they were based on, so that concurrent edits never silently overwrite. */
final class Versions {

    private Versions() {
    }

    static long required(Long version) {
        if (version == null) {
            throw new InvalidInputException("version", "is required on update: send the version you last read");
        }
        return version;
    }
}
