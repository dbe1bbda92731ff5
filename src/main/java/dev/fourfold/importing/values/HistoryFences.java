package dev.fourfold.importing.values;

import dev.fourfold.measurement.Spread;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Tells a value far outside its KPI's history, as a likely mistake (a wrong unit, a decimal separator read as a
 * thousands separator, a value in the wrong row): a KPI with at least {@value #LEAST} stored values, and a value
 * more than three interquartile ranges below the lower or above the upper quartile (Tukey's "far out" fences).
 * Where the middle half of the history is one number, a tenth of that number stands for the range; a history of
 * zeros warns of nothing. A warning does not stop the import.
 */
final class HistoryFences {

    /** Fewer stored values than this give no warnings. */
    static final int LEAST = 8;

    private static final BigDecimal THREE = BigDecimal.valueOf(3);

    private HistoryFences() {
    }

    /** The warning for the value, or null when it lies within its KPI's history. */
    static @Nullable String warning(String kpiCode, BigDecimal value, Spread spread) {
        BigDecimal low = spread.lowerQuartile();
        BigDecimal high = spread.upperQuartile();
        BigDecimal range = high.subtract(low);
        if (range.signum() == 0) {
            range = low.abs().max(high.abs()).movePointLeft(1);
        }
        if (range.signum() == 0) {
            return null;
        }
        BigDecimal reach = range.multiply(THREE);
        if (value.compareTo(low.subtract(reach)) >= 0 && value.compareTo(high.add(reach)) <= 0) {
            return null;
        }
        return value.toPlainString() + " is far outside the history of KPI " + kpiCode + " (the middle half of its "
                + spread.count() + " values lies between " + plain(low) + " and " + plain(high) + "): check the unit "
                + "and the decimal separator";
    }

    private static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }
}
