package dev.fourfold.scoring;

/**
 * How a score came about, structured for the UI and as one line of text for people: for a KPI its inputs, method
 * and workings; for a parent each child's weight, score and contribution and the children it ignored.
 */
public sealed interface Explanation permits KpiExplanation, RollupExplanation {

    /** One line for people, e.g. {@code CYCLE: progress (9 − 12) / (8 − 12) = 75; red, below amber 80}. */
    String text();
}
