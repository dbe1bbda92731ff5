package dev.fourfold.scoring;

/** A node of an evaluation with a score: its score, colour and the reason when there is none, read from its result. */
public interface Scored {

    ScoreResult result();

    /** The score, or {@code null}. */
    default Double score() {
        return result().score();
    }

    default Status status() {
        return result().status();
    }

    /** Why there is no score, or {@code null}. */
    default String reason() {
        return result().reason();
    }
}
