package dev.fourfold.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Recursive-descent parser of the formula grammar (docs/scoring-rules.md, rule 8). Precedence, loosest first:
 * comparisons, {@code + -}, {@code * /}, unary minus, {@code ^} (right-associative, so {@code -2^2} is −4 and
 * {@code 2^-1} is ½). Errors carry a 1-based column.
 */
final class FormulaParser {

    /** A parse error: message without position and the 1-based column it refers to. */
    static final class SyntaxError extends RuntimeException {
        final int column;

        SyntaxError(String message, int column) {
            super(message, null, false, false);
            this.column = column;
        }
    }

    /** Two-character comparators first, so that {@code <=} is not read as {@code <}. */
    private static final Operator[] COMPARATORS = {Operator.LESS_OR_EQUAL, Operator.GREATER_OR_EQUAL, Operator.EQUAL,
            Operator.NOT_EQUAL, Operator.LESS, Operator.GREATER};

    private final String text;
    private int pos;

    private FormulaParser(String text) {
        this.text = text;
    }

    static FormulaNode parse(String text) {
        FormulaParser parser = new FormulaParser(text);
        parser.skipSpace();
        if (parser.atEnd()) {
            throw new SyntaxError("empty formula", 1);
        }
        FormulaNode node = parser.comparison();
        parser.skipSpace();
        if (!parser.atEnd()) {
            throw parser.unexpected();
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
        skipSpace();
        for (Operator op : COMPARATORS) {
            if (text.startsWith(op.symbol(), pos)) {
                pos += op.symbol().length();
                return op;
            }
        }
        return null;
    }

    private FormulaNode additive() {
        FormulaNode left = term();
        while (true) {
            if (accept('+')) {
                left = new FormulaNode.Operation(Operator.PLUS, left, term());
            } else if (accept('-')) {
                left = new FormulaNode.Operation(Operator.MINUS, left, term());
            } else {
                return left;
            }
        }
    }

    private FormulaNode term() {
        FormulaNode left = unary();
        while (true) {
            if (accept('*')) {
                left = new FormulaNode.Operation(Operator.TIMES, left, unary());
            } else if (accept('/')) {
                left = new FormulaNode.Operation(Operator.DIVIDE, left, unary());
            } else {
                return left;
            }
        }
    }

    private FormulaNode unary() {
        return accept('-') ? new FormulaNode.Negation(unary()) : power();
    }

    private FormulaNode power() {
        FormulaNode base = primary();
        return accept('^') ? new FormulaNode.Operation(Operator.POWER, base, unary()) : base;
    }

    private FormulaNode primary() {
        skipSpace();
        if (atEnd()) {
            throw unexpected();
        }
        char c = text.charAt(pos);
        if (Character.isDigit(c) || c == '.') {
            return number();
        }
        if (isLetter(c)) {
            return identifier();
        }
        if (accept('(')) {
            FormulaNode inner = comparison();
            expect(')');
            return inner;
        }
        throw unexpected();
    }

    private FormulaNode number() {
        int start = pos;
        while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
            pos++;
        }
        if (pos < text.length() && text.charAt(pos) == '.') {
            pos++;
            while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                pos++;
            }
        }
        String literal = text.substring(start, pos);
        if (literal.equals(".")) {
            pos = start;
            throw unexpected();
        }
        double value = Double.parseDouble(literal);
        if (Double.isInfinite(value)) {
            throw new SyntaxError("number too large", start + 1);
        }
        return new FormulaNode.Number(value, literal);
    }

    private FormulaNode identifier() {
        int start = pos;
        while (pos < text.length() && (isLetter(text.charAt(pos)) || Character.isDigit(text.charAt(pos))
                || text.charAt(pos) == '_')) {
            pos++;
        }
        String name = text.substring(start, pos);
        skipSpace();
        if (atEnd() || text.charAt(pos) != '(') {
            return new FormulaNode.Reference(name.toUpperCase(Locale.ROOT));
        }
        FormulaCall.Function function = FormulaCall.Function.byKey(name);
        if (function == null) {
            throw new SyntaxError("unknown function '" + name + "'", start + 1);
        }
        pos++;
        List<FormulaNode> arguments = arguments(function, start);
        return new FormulaCall(function, arguments);
    }

    private List<FormulaNode> arguments(FormulaCall.Function function, int start) {
        List<FormulaNode> arguments = new ArrayList<>();
        if (function == FormulaCall.Function.PREV) {
            skipSpace();
            FormulaNode code = atEnd() || !isLetter(text.charAt(pos)) ? null : identifier();
            if (!(code instanceof FormulaNode.Reference)) {
                throw new SyntaxError("prev takes one KPI code", start + 1);
            }
            arguments.add(code);
        } else {
            arguments.add(comparison());
            while (accept(',')) {
                arguments.add(comparison());
            }
        }
        expect(')');
        int n = arguments.size();
        if (n < function.minArguments || n > function.maxArguments) {
            throw new SyntaxError(function.key() + " takes " + function.arity() + ", not " + n, start + 1);
        }
        return arguments;
    }

    private boolean accept(char c) {
        skipSpace();
        if (!atEnd() && text.charAt(pos) == c) {
            pos++;
            return true;
        }
        return false;
    }

    private void expect(char c) {
        if (!accept(c)) {
            throw unexpected();
        }
    }

    private SyntaxError unexpected() {
        skipSpace();
        if (atEnd()) {
            return new SyntaxError("unexpected end of formula", text.length() + 1);
        }
        return new SyntaxError("unexpected '" + text.charAt(pos) + "'", pos + 1);
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private boolean atEnd() {
        return pos >= text.length();
    }

    private static boolean isLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }
}
