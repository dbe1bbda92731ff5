package dev.fourfold.shared;

/** The actor may not do this; answered with 403 and what permission is missing. */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
