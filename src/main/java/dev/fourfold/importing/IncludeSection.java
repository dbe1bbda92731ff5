package dev.fourfold.importing;

import java.math.BigDecimal;

/**
 * An inclusion in a scorecard file: another scorecard of the same file, of a unit below this scorecard's, counted as
 * a weighted child of the perspective or objective it is written under. It is named by its {@code scorecard} name or
 * its {@code unit} (on a server: the server's unit of that name); {@code perspective} names the included scorecard's
 * perspective whose score counts (under a perspective: the same name when left out; under an objective: the included
 * scorecard's overall score).
 *
 * @param path   where it is written, e.g. {@code perspectives[0].includes[1]}
 * @param line   1-based line where it is written, 0 when not read from a text
 * @param column 1-based column where it is written, 0 when not read from a text
 */
public record IncludeSection(String unit, String scorecard, String perspective, BigDecimal weight, String path,
                             int line, int column) {

    /** An inclusion that was not read from a text (an export's). */
    public IncludeSection(String unit, String scorecard, String perspective, BigDecimal weight, String path) {
        this(unit, scorecard, perspective, weight, path, 0, 0);
    }

    /** Where it is written, for people: {@code line 12, column 5}. */
    String location() {
        return new FileProblem(line, column, "").location();
    }
}
