package dev.fourfold.scoring;

import dev.fourfold.shared.Decimals;
import dev.fourfold.shared.FieldProblem;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * Checks of the scoring vocabulary (methods, roll-up rules, bands, weights) as request fields, turning the scoring
 * engine's rules into problems that name the field.
 */
public final class Vocabulary {

    private Vocabulary() {
    }

    /** The default method of a scale key: {@code ratio} on percent, {@code goal-redflag} on ten. */
    public static String defaultMethod(String scale) {
        return Scale.fromKey(scale).defaultMethod().key();
    }

    /** Adds a problem unless the method exists and belongs to the scale. */
    public static void checkMethod(List<FieldProblem> problems, String field, String method, String scale) {
        if (method == null) {
            return;
        }
        try {
            Method m = Method.fromKey(method);
            if (!m.belongsTo(Scale.fromKey(scale))) {
                problems.add(new FieldProblem(field, "'" + method + "' is not a method of the " + scale
                        + " scale the organisation uses"));
            }
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(field, e.getMessage()));
        }
    }

    public static void checkRollup(List<FieldProblem> problems, String field, String rollup) {
        check(problems, field, rollup, RollupRule::fromKey);
    }

    public static void checkMissing(List<FieldProblem> problems, String field, String missing) {
        check(problems, field, missing, MissingPolicy::fromKey);
    }

    /** Adds a problem unless {@code key} parses with {@code parser}; null passes. */
    public static void check(List<FieldProblem> problems, String field, String key, Function<String, ?> parser) {
        if (key == null) {
            return;
        }
        try {
            parser.apply(key);
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(field, e.getMessage()));
        }
    }

    /** Weights are relative and never negative; 0 excludes an item from its parent's score. */
    public static void checkWeight(List<FieldProblem> problems, String field, BigDecimal weight) {
        if (weight == null) {
            problems.add(new FieldProblem(field, "is required"));
        } else if (weight.signum() < 0) {
            problems.add(new FieldProblem(field, "must be 0 or more (0 excludes the item from its parent's score), was "
                    + weight.toPlainString()));
        } else {
            Decimals.check(problems, field, weight);
        }
    }

    /** Bands: amber and green both or neither (neither = the scale's defaults), ascending, blue above green. */
    public static void checkBands(List<FieldProblem> problems, BigDecimal amber, BigDecimal green, BigDecimal blue) {
        Decimals.check(problems, "bands.amber", amber);
        Decimals.check(problems, "bands.green", green);
        Decimals.check(problems, "bands.blue", blue);
        if ((amber == null) != (green == null)) {
            problems.add(new FieldProblem("bands", "give both amber and green, or neither for the scale's defaults"));
        } else if (amber != null && amber.compareTo(green) >= 0) {
            problems.add(new FieldProblem("bands.green", "must be above amber (" + amber.toPlainString() + ")"));
        }
        if (blue != null && green != null && blue.compareTo(green) <= 0) {
            problems.add(new FieldProblem("bands.blue", "must be above green (" + green.toPlainString() + ")"));
        }
        if (blue != null && green == null) {
            problems.add(new FieldProblem("bands.blue", "needs amber and green as well"));
        }
    }

    /** A cap needs both ends, low below high. */
    public static void checkCap(List<FieldProblem> problems, BigDecimal low, BigDecimal high) {
        Decimals.check(problems, "cap.low", low);
        Decimals.check(problems, "cap.high", high);
        if ((low == null) != (high == null)) {
            problems.add(new FieldProblem("cap", "give both low and high, or no cap at all"));
        } else if (low != null && low.compareTo(high) >= 0) {
            problems.add(new FieldProblem("cap.high", "must be above low (" + low.toPlainString() + ")"));
        }
    }
}
