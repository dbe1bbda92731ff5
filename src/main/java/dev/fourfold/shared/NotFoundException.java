package dev.fourfold.shared;

/** A referenced resource does not exist; answered with 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String entity, Object id) {
        super("There is no " + entity + " with id " + id + ".");
    }

    public NotFoundException(String message) {
        super(message);
    }
}
