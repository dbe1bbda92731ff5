package dev.fourfold.scoring;

/**
 * One reason a definition is invalid, where it is and what to do about it.
 *
 * @param path    where, e.g. {@code perspectives[0].objectives[1].kpis[2].method}
 * @param message a sentence a person can act on
 */
public record DefinitionProblem(String path, String message) {

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
