package dev.fourfold.shared;

import java.util.List;

/** Input that breaks a rule; answered with 400 and every problem found, each naming its field. */
public class InvalidInputException extends RuntimeException {

    private final transient List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldProblem(field, message)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    private static String summary(List<FieldProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid input needs at least one problem");
        }
        FieldProblem first = problems.get(0);
        String text = first.field() + ": " + first.message();
        return problems.size() == 1 ? text : text + " (and " + (problems.size() - 1) + " more)";
    }
}
