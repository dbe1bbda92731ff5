package dev.fourfold.importing;

import java.math.BigDecimal;

/**
 * An inclusion in a scorecard file: another scorecard of the same file, of a unit below this scorecard's, counted as
 * a weighted child of the perspective or objective it is written under. It is named by its {@code scorecard} name or
 * its {@code unit}; {@code perspective} names the included scorecard's perspective whose score counts (under a
 * perspective: the same name when left out; under an objective: the included scorecard's overall score).
 *
 * @param path where it is written, e.g. {@code perspectives[0].includes[1]}
 */
public record IncludeSection(String unit, String scorecard, String perspective, BigDecimal weight, String path) {
}
