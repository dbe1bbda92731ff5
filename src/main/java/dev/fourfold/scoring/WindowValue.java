package dev.fourfold.scoring;

/**
 * A KPI's value over a window as a formula input: the value ({@code NaN} when none), its completeness, and when
 * there is no value the reason, its innermost cause and how many missing inputs it passes through (so that a long
 * chain of missing inputs can be worded by its first links and its cause).
 */
record WindowValue(double value, double completeness, String reason, String cause, int depth) {

    WindowValue(double value, double completeness, String reason) {
        this(value, completeness, reason, reason, 0);
    }

    static WindowValue missing(String reason) {
        return new WindowValue(Double.NaN, 0, reason);
    }
}
