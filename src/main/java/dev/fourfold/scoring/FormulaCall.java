package dev.fourfold.scoring;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** A call of one of the formula functions {@code min max abs avg sum round if prev}. */
record FormulaCall(Function function, List<FormulaNode> arguments) implements FormulaNode {

    /** The functions of the grammar, with how many arguments each takes. */
    enum Function {
        MIN(1, Integer.MAX_VALUE), MAX(1, Integer.MAX_VALUE), ABS(1, 1), AVG(1, Integer.MAX_VALUE),
        SUM(1, Integer.MAX_VALUE), ROUND(1, 2), IF(3, 3), PREV(1, 1);

        final int minArguments;
        final int maxArguments;

        Function(int minArguments, int maxArguments) {
            this.minArguments = minArguments;
            this.maxArguments = maxArguments;
        }

        String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The function with this exact lower-case name, or {@code null}. */
        static Function byKey(String name) {
            for (Function f : values()) {
                if (f.key().equals(name)) {
                    return f;
                }
            }
            return null;
        }

        /** How many arguments it takes, for error messages: {@code 3 arguments}, {@code at least 1 argument}. */
        String arity() {
            String min = minArguments + " argument" + (minArguments == 1 ? "" : "s");
            if (maxArguments == Integer.MAX_VALUE) {
                return "at least " + min;
            }
            return minArguments == maxArguments ? min : minArguments + " or " + maxArguments + " arguments";
        }
    }

    FormulaCall {
        arguments = List.copyOf(arguments);
    }

    @Override
    public double evaluate(FormulaScope scope) {
        return switch (function) {
            case IF -> conditional(scope);
            case PREV -> scope.readPrevious(((Reference) arguments.get(0)).code());
            case ROUND -> round(scope);
            default -> combine(scope);
        };
    }

    private double conditional(FormulaScope scope) {
        double condition = arguments.get(0).evaluate(scope);
        if (Double.isNaN(condition)) {
            return condition;
        }
        return arguments.get(condition != 0 ? 1 : 2).evaluate(scope);
    }

    private double round(FormulaScope scope) {
        double value = arguments.get(0).evaluate(scope);
        double digits = arguments.size() == 2 ? arguments.get(1).evaluate(scope) : 0;
        if (Double.isNaN(value) || Double.isNaN(digits)) {
            return Double.NaN;
        }
        if (digits != Math.rint(digits) || Math.abs(digits) > 20) {
            return scope.fail("round needs a whole number of digits between −20 and 20, not " + Numbers.format(digits));
        }
        return Numbers.roundHalfAwayFromZero(value, (int) digits);
    }

    private double combine(FormulaScope scope) {
        double result = function == Function.MIN ? Double.POSITIVE_INFINITY
                : function == Function.MAX ? Double.NEGATIVE_INFINITY : 0;
        for (FormulaNode argument : arguments) {
            double value = argument.evaluate(scope);
            if (Double.isNaN(value)) {
                return value;
            }
            result = switch (function) {
                case MIN -> Math.min(result, value);
                case MAX -> Math.max(result, value);
                case ABS -> Math.abs(value);
                default -> result + value;
            };
        }
        return function == Function.AVG ? result / arguments.size() : result;
    }

    @Override
    public String render(FormulaScope scope) {
        if (function == Function.PREV && scope != null) {
            return Numbers.format(scope.readPrevious(((Reference) arguments.get(0)).code()));
        }
        return function.key() + "(" + arguments.stream()
                .map(a -> function == Function.PREV ? ((Reference) a).code() : a.render(scope))
                .collect(Collectors.joining(", ")) + ")";
    }

    @Override
    public int precedence() {
        return 9;
    }

    @Override
    public void collect(Set<String> current, Set<String> lagged) {
        if (function == Function.PREV) {
            lagged.add(((Reference) arguments.get(0)).code());
        } else {
            arguments.forEach(a -> a.collect(current, lagged));
        }
    }
}
