package dev.fourfold.scoring;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A parsed formula of a calculated KPI (docs/scoring-rules.md, rule 8): decimal numbers, KPI codes (compared
 * case-insensitively), {@code + - * / ^}, unary minus, parentheses, comparisons giving 1 or 0 and the functions
 * {@code min max abs avg sum round if prev}. {@code if} evaluates only the branch taken; {@code round(x, n)} rounds
 * half away from zero ({@code round(x)} means {@code n = 0}).
 *
 * <p>{@link #references()} are the codes read in the same period; {@link #laggedReferences()} those read only
 * through {@code prev}, which is a lag and never part of a dependency cycle.
 */
public final class Formula implements FormulaParse {

    /**
     * How many formulas may build on one another in a row (through the same period or {@code prev}): a longer
     * chain is refused when saved or imported, and a formula at its end has no value, so that evaluating one KPI
     * never recurses deeper than this.
     */
    public static final int MAX_CHAIN = 50;

    /** The longest formula text, as stored; also what bounds the nesting the recursive parser meets. */
    public static final int MAX_LENGTH = 2000;

    /** Why a formula past {@link #MAX_CHAIN} has no value, or may not be saved. */
    static final String TOO_DEEP = "builds on more than " + MAX_CHAIN
            + " formulas in a row; let it read the KPIs further down the chain directly";

    private final String text;
    private final FormulaNode root;
    private final Set<String> references;
    private final Set<String> laggedReferences;

    private Formula(String text, FormulaNode root) {
        this.text = text;
        this.root = root;
        Set<String> current = new TreeSet<>();
        Set<String> lagged = new TreeSet<>();
        root.collect(current, lagged);
        this.references = Set.copyOf(current);
        this.laggedReferences = Set.copyOf(lagged);
    }

    /** Parses a formula text into a {@link Formula} or a {@link FormulaError} with a 1-based column. */
    public static FormulaParse parse(String text) {
        if (text == null) {
            return new FormulaError("", "empty formula", 1);
        }
        if (text.length() > MAX_LENGTH) {
            // refused before parsing: nesting as deep as the text is long would exhaust the parser's stack
            return new FormulaError(text, "a formula holds at most " + MAX_LENGTH + " characters; this one goes on ("
                    + text.length() + " in all)", MAX_LENGTH + 1);
        }
        try {
            return new Formula(text, FormulaParser.parse(text));
        } catch (FormulaCursor.SyntaxError e) {
            return new FormulaError(text, e.getMessage(), e.column);
        }
    }

    /**
     * Finds a dependency cycle among formulas, given each KPI code's same-period references (codes compared
     * case-insensitively; codes without a formula map to an empty set or are absent).
     *
     * @return the cycle as a path that starts and ends with the same code, e.g. {@code [A, B, A]}
     */
    public static Optional<List<String>> findCycle(Map<String, ? extends Collection<String>> references) {
        return FormulaGraph.findCycle(references);
    }

    /** A cycle path for people: {@code A → B → A}. */
    public static String describeCycle(List<String> cycle) {
        return String.join(" → ", cycle);
    }

    /** The formula as written. */
    public String text() {
        return text;
    }

    /** Upper-cased codes the formula reads in the same period (its dependencies). */
    public Set<String> references() {
        return references;
    }

    /** Upper-cased codes the formula reads only through {@code prev} (lags, not dependencies). */
    public Set<String> laggedReferences() {
        return laggedReferences;
    }

    FormulaNode root() {
        return root;
    }

    /** The formula with every code and {@code prev} replaced by the value the scope holds for it. */
    String substituted(FormulaScope scope) {
        return root.render(scope);
    }

    @Override
    public String toString() {
        return text;
    }
}
