package dev.fourfold.scoring;

import java.util.HashMap;
import java.util.Map;

/** A formula scope over fixed values, for tests of formulas on their own. */
final class MapScope implements FormulaScope {

    private final Map<String, Double> current = new HashMap<>();
    private final Map<String, Double> previous = new HashMap<>();
    String reason;
    int reads;

    MapScope with(String code, double value) {
        current.put(code, value);
        return this;
    }

    MapScope withPrevious(String code, double value) {
        previous.put(code, value);
        return this;
    }

    @Override
    public double read(String code) {
        reads++;
        Double value = current.get(code);
        return value != null ? value : fail("no value for " + code);
    }

    @Override
    public double readPrevious(String code) {
        Double value = previous.get(code);
        return value != null ? value : fail("no previous value for " + code);
    }

    @Override
    public double fail(String why) {
        if (reason == null) {
            reason = why;
        }
        return Double.NaN;
    }

    double evaluate(String text) {
        return ((Formula) Formula.parse(text)).root().evaluate(this);
    }
}
