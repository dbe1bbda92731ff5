package dev.fourfold.scoring;

import java.util.Set;

/** A node of a parsed formula: evaluates itself against a scope and renders itself, optionally with values. */
sealed interface FormulaNode permits FormulaNode.Number, FormulaNode.Reference, FormulaNode.Negation,
        FormulaNode.Operation, FormulaCall {

    /** The value, or {@code NaN} after the scope recorded the reason. */
    double evaluate(FormulaScope scope);

    /** The node as text; with a scope, references are replaced by their values. */
    String render(FormulaScope scope);

    /** Binding strength, for parentheses when rendering: higher binds tighter. */
    int precedence();

    /** Collects the codes read in the same window ({@code current}) and inside {@code prev} ({@code lagged}). */
    void collect(Set<String> current, Set<String> lagged);

    static String wrap(FormulaNode node, int outer, FormulaScope scope) {
        String text = node.render(scope);
        return node.precedence() < outer ? "(" + text + ")" : text;
    }

    /** A decimal literal. */
    record Number(double value, String text) implements FormulaNode {
        public double evaluate(FormulaScope scope) {
            return value;
        }

        public String render(FormulaScope scope) {
            return text;
        }

        public int precedence() {
            return 9;
        }

        public void collect(Set<String> current, Set<String> lagged) {
        }
    }

    /** A KPI code, upper-cased, read in the evaluated window. */
    record Reference(String code) implements FormulaNode {
        public double evaluate(FormulaScope scope) {
            return scope.read(code);
        }

        public String render(FormulaScope scope) {
            return scope == null ? code : Numbers.format(scope.read(code));
        }

        public int precedence() {
            return 9;
        }

        public void collect(Set<String> current, Set<String> lagged) {
            current.add(code);
        }
    }

    /** Unary minus. */
    record Negation(FormulaNode operand) implements FormulaNode {
        public double evaluate(FormulaScope scope) {
            return -operand.evaluate(scope);
        }

        public String render(FormulaScope scope) {
            return "−" + FormulaNode.wrap(operand, precedence(), scope);
        }

        public int precedence() {
            return 5;
        }

        public void collect(Set<String> current, Set<String> lagged) {
            operand.collect(current, lagged);
        }
    }

    /** A binary operator: arithmetic or a comparison giving 1 or 0. */
    record Operation(Operator operator, FormulaNode left, FormulaNode right) implements FormulaNode {
        public double evaluate(FormulaScope scope) {
            double l = left.evaluate(scope);
            if (Double.isNaN(l)) {
                return l;
            }
            double r = right.evaluate(scope);
            return Double.isNaN(r) ? r : operator.apply(l, r, scope);
        }

        public String render(FormulaScope scope) {
            int p = precedence();
            // ^ is right-associative, the others left-associative: the other side needs parentheses at equal strength
            int leftMin = operator == Operator.POWER ? p + 1 : p;
            int rightMin = operator == Operator.POWER ? p : p + 1;
            return FormulaNode.wrap(left, leftMin, scope) + " " + operator.symbol() + " "
                    + FormulaNode.wrap(right, rightMin, scope);
        }

        public int precedence() {
            return operator.precedence();
        }

        public void collect(Set<String> current, Set<String> lagged) {
            left.collect(current, lagged);
            right.collect(current, lagged);
        }
    }
}
