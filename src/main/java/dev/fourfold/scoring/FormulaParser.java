package dev.fourfold.scoring;

import dev.fourfold.scoring.FormulaCursor.SyntaxError;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Recursive-descent parser of the formula grammar (docs/scoring-rules.md, rule 8). Precedence, loosest first:
 * comparisons, {@code + -}, {@code * /}, unary minus, {@code ^} (right-associative, so {@code -2^2} is −4 and
 * {@code 2^-1} is ½). Errors carry a 1-based column. The characters are read through a {@link FormulaCursor}.
 */
final class FormulaParser {

    /** Two-character comparators first, so that {@code <=} is not read as {@code <}. */
    private static final Operator[] COMPARATORS = {Operator.LESS_OR_EQUAL, Operator.GREATER_OR_EQUAL, Operator.EQUAL,
            Operator.NOT_EQUAL, Operator.LESS, Operator.GREATER};

    /**
     * How deeply brackets, function arguments, powers and minus signs may nest. The parser and the evaluation
     * recurse once per level, so this bound, not the length of the text, keeps both well inside a thread's stack.
     */
    static final int MAX_NESTING = 100;

    private final FormulaCursor in;
    private int depth;

    private FormulaParser(String text) {
        this.in = new FormulaCursor(text);
    }

    static FormulaNode parse(String text) {
        FormulaParser parser = new FormulaParser(text);
        parser.in.skipSpace();
        if (parser.in.atEnd()) {
            throw new SyntaxError("empty formula", 1);
        }
        FormulaNode node = parser.comparison();
        parser.in.skipSpace();
        if (!parser.in.atEnd()) {
            throw parser.in.unexpected();
        }
        return node;
    }

    private FormulaNode comparison() {
        FormulaNode left = additive();
        for (Operator op = comparator(); op != null; op = comparator()) {
            left = new FormulaNode.Operation(op, left, additive());
        }
        return left;
    }

    private Operator comparator() {
        for (Operator op : COMPARATORS) {
            if (in.accept(op.symbol())) {
                return op;
            }
        }
        return null;
    }

    private FormulaNode additive() {
        FormulaNode left = term();
        while (true) {
            if (in.accept('+')) {
                left = new FormulaNode.Operation(Operator.PLUS, left, term());
            } else if (in.accept('-')) {
                left = new FormulaNode.Operation(Operator.MINUS, left, term());
            } else {
                return left;
            }
        }
    }

    private FormulaNode term() {
        FormulaNode left = unary();
        while (true) {
            if (in.accept('*')) {
                left = new FormulaNode.Operation(Operator.TIMES, left, unary());
            } else if (in.accept('/')) {
                left = new FormulaNode.Operation(Operator.DIVIDE, left, unary());
            } else {
                return left;
            }
        }
    }

    /** Every nesting construct passes through here, so this is where the depth is counted. */
    private FormulaNode unary() {
        if (++depth > MAX_NESTING) {
            throw new SyntaxError("nested more than " + MAX_NESTING + " levels deep (brackets, functions, powers or"
                    + " minus signs)", in.position() + 1);
        }
        FormulaNode node = in.accept('-') ? new FormulaNode.Negation(unary()) : power();
        depth--;
        return node;
    }

    private FormulaNode power() {
        FormulaNode base = primary();
        return in.accept('^') ? new FormulaNode.Operation(Operator.POWER, base, unary()) : base;
    }

    private FormulaNode primary() {
        if (in.atNumber()) {
            return number();
        }
        if (in.atName()) {
            return identifier();
        }
        if (in.accept('(')) {
            FormulaNode inner = comparison();
            in.expect(')');
            return inner;
        }
        throw in.unexpected();
    }

    private FormulaNode number() {
        int start = in.position();
        String literal = in.number();
        double value = Double.parseDouble(literal);
        if (Double.isInfinite(value)) {
            throw new SyntaxError("number too large", start + 1);
        }
        return new FormulaNode.Number(value, literal);
    }

    private FormulaNode identifier() {
        int start = in.position();
        String name = in.name();
        if (!in.at('(')) {
            return new FormulaNode.Reference(name.toUpperCase(Locale.ROOT));
        }
        FormulaCall.Function function = FormulaCall.Function.byKey(name);
        if (function == null) {
            throw new SyntaxError("unknown function '" + name + "'", start + 1);
        }
        in.expect('(');
        return new FormulaCall(function, arguments(function, start));
    }

    private List<FormulaNode> arguments(FormulaCall.Function function, int start) {
        List<FormulaNode> arguments = new ArrayList<>();
        if (function == FormulaCall.Function.PREV) {
            FormulaNode code = in.atName() ? identifier() : null;
            if (!(code instanceof FormulaNode.Reference)) {
                throw new SyntaxError("prev takes one KPI code", start + 1);
            }
            arguments.add(code);
        } else {
            arguments.add(comparison());
            while (in.accept(',')) {
                arguments.add(comparison());
            }
        }
        in.expect(')');
        int n = arguments.size();
        if (n < function.minArguments || n > function.maxArguments) {
            throw new SyntaxError(function.key() + " takes " + function.arity() + ", not " + n, start + 1);
        }
        return arguments;
    }
}
