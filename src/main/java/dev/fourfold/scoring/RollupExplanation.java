package dev.fourfold.scoring;

import java.util.List;

/**
 * How a parent's score came from its children.
 *
 * @param contributions the children that counted, with weights renormalised over them
 * @param ignored       the children left out, and why (weight 0, no score)
 * @param colour        what set the colour, e.g. {@code amber from 80}
 * @param reason        why there is no score, or {@code null}
 */
public record RollupExplanation(String name, RollupRule rule, List<Contribution> contributions, List<Ignored> ignored,
                                Double score, Status status, String colour, String reason, String text)
        implements Explanation {

    public RollupExplanation {
        contributions = List.copyOf(contributions);
        ignored = List.copyOf(ignored);
    }

    /**
     * A child that counted.
     *
     * @param weight       the child's weight as defined (1 for every child under {@code average})
     * @param share        its weight ÷ the total weight of the children that counted
     * @param contribution share × score: the points it adds to the parent's weighted average
     */
    public record Contribution(String name, double weight, double score, double share, double contribution) {
    }

    /** A child left out of the roll-up, and why. */
    public record Ignored(String name, String why) {
    }
}
