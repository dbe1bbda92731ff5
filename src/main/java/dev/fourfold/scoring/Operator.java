package dev.fourfold.scoring;

/** The binary operators of the formula grammar, with their binding strength. */
enum Operator {
    LESS("<", 1), LESS_OR_EQUAL("<=", 1), GREATER(">", 1), GREATER_OR_EQUAL(">=", 1), EQUAL("==", 1),
    NOT_EQUAL("!=", 1), PLUS("+", 2), MINUS("−", 2), TIMES("×", 3), DIVIDE("/", 3), POWER("^", 6);

    private final String symbol;
    private final int precedence;

    Operator(String symbol, int precedence) {
        this.symbol = symbol;
        this.precedence = precedence;
    }

    String symbol() {
        return symbol;
    }

    int precedence() {
        return precedence;
    }

    double apply(double l, double r, FormulaScope scope) {
        double result = switch (this) {
            case LESS -> l < r ? 1 : 0;
            case LESS_OR_EQUAL -> l <= r ? 1 : 0;
            case GREATER -> l > r ? 1 : 0;
            case GREATER_OR_EQUAL -> l >= r ? 1 : 0;
            case EQUAL -> l == r ? 1 : 0;
            case NOT_EQUAL -> l != r ? 1 : 0;
            case PLUS -> l + r;
            case MINUS -> l - r;
            case TIMES -> l * r;
            case DIVIDE -> r == 0 ? scope.fail("division by zero: " + Numbers.format(l) + " / 0") : l / r;
            case POWER -> Math.pow(l, r);
        };
        if (Double.isNaN(result) || Double.isInfinite(result)) {
            return Double.isNaN(result) && this == DIVIDE ? result
                    : scope.fail(Numbers.format(l) + " " + symbol + " " + Numbers.format(r) + " is not a finite number");
        }
        return result;
    }
}
