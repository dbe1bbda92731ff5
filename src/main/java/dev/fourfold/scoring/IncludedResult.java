package dev.fourfold.scoring;

/**
 * An included scorecard evaluated as a child of a perspective or objective: the score that counts (the included
 * scorecard's overall score or its perspective's), or why there is none.
 *
 * @param evaluation the included scorecard's own evaluation at the same period and view, or {@code null} when it was
 *                   not available (withheld from this scorecard's readers, no longer below its unit, …)
 */
public record IncludedResult(Inclusion inclusion, ScoreResult result, Evaluation evaluation) implements Scored {

    public String name() {
        return inclusion.name();
    }
}
