package dev.fourfold.scoring;

/**
 * The characters of a formula and the position of the parser in them: skipping space, accepting punctuation and
 * scanning numbers and names. Every error it raises carries the 1-based column it refers to.
 */
final class FormulaCursor {

    /** A parse error: message without position and the 1-based column it refers to. */
    static final class SyntaxError extends RuntimeException {
        final int column;

        SyntaxError(String message, int column) {
            super(message, null, false, false);
            this.column = column;
        }
    }

    private final String text;
    private int pos;

    FormulaCursor(String text) {
        this.text = text;
    }

    /** The 0-based position of the next character. */
    int position() {
        return pos;
    }

    boolean atEnd() {
        return pos >= text.length();
    }

    void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    /** Whether the next non-space character starts a number, a name or is {@code c}. */
    boolean atNumber() {
        skipSpace();
        return !atEnd() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.');
    }

    boolean atName() {
        skipSpace();
        return !atEnd() && isLetter(text.charAt(pos));
    }

    boolean at(char c) {
        skipSpace();
        return !atEnd() && text.charAt(pos) == c;
    }

    /** Skips space, then takes {@code symbol} if it comes next. */
    boolean accept(String symbol) {
        skipSpace();
        if (text.startsWith(symbol, pos)) {
            pos += symbol.length();
            return true;
        }
        return false;
    }

    boolean accept(char c) {
        return accept(String.valueOf(c));
    }

    void expect(char c) {
        if (!accept(c)) {
            throw unexpected();
        }
    }

    /** The error for whatever comes next: the next character, or the end of the formula. */
    SyntaxError unexpected() {
        skipSpace();
        if (atEnd()) {
            return new SyntaxError("unexpected end of formula", text.length() + 1);
        }
        return new SyntaxError("unexpected '" + text.charAt(pos) + "'", pos + 1);
    }

    /** Takes a number literal: digits with at most one decimal point; a lone point is unexpected. */
    String number() {
        int start = pos;
        digits();
        if (pos < text.length() && text.charAt(pos) == '.') {
            pos++;
            digits();
        }
        String literal = text.substring(start, pos);
        if (literal.equals(".")) {
            pos = start;
            throw unexpected();
        }
        return literal;
    }

    /** Takes a name: a letter, then letters, digits or underscores. */
    String name() {
        int start = pos;
        while (pos < text.length() && (isLetter(text.charAt(pos)) || Character.isDigit(text.charAt(pos))
                || text.charAt(pos) == '_')) {
            pos++;
        }
        return text.substring(start, pos);
    }

    private void digits() {
        while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
            pos++;
        }
    }

    private static boolean isLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }
}
