package dev.fourfold.shared;

/**
 * One thing wrong with a request: which field (a JSON path such as {@code items[3].value}) and what was expected.
 */
public record FieldProblem(String field, String message) {
}
