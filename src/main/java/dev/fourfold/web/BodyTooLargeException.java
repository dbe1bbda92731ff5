package dev.fourfold.web;

/** A request body passed its size limit; answered with 413. */
class BodyTooLargeException extends RuntimeException {

    BodyTooLargeException(long max, long declared) {
        super((declared >= 0 ? "The request body has " + declared + " bytes; send" : "The request body is larger than allowed: send")
                + " at most " + max + " bytes per request (split large imports into batches).");
    }

    /** The exception among the causes of {@code e}, or {@code null}. */
    static BodyTooLargeException among(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof BodyTooLargeException big) {
                return big;
            }
        }
        return null;
    }
}
