package dev.fourfold.scoring;

/**
 * A KPI's value over a window as a formula input: the value ({@code NaN} when none), its completeness, and the
 * reason when there is no value.
 */
record WindowValue(double value, double completeness, String reason) {

    static WindowValue missing(String reason) {
        return new WindowValue(Double.NaN, 0, reason);
    }
}
