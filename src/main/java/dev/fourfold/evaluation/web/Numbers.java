package dev.fourfold.evaluation.web;

import java.math.BigDecimal;

/** Engine doubles as JSON numbers: exact as computed, in plain notation, without a trailing {@code .0}. */
final class Numbers {

    private Numbers() {
    }

    static BigDecimal plain(Double value) {
        if (value == null || value.isNaN() || value.isInfinite()) {
            return null;
        }
        BigDecimal d = BigDecimal.valueOf(value).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0) : d;
    }
}
