package dev.fourfold.scoring;

import java.math.BigDecimal;

/**
 * Where the colours change on the score: lower bounds, inclusive, ascending. Red is below {@code amber}; {@code blue}
 * ("exceeds") is optional. A score within {@value #TOLERANCE} of a bound counts as on it.
 *
 * @param amber lowest amber score
 * @param green lowest green score
 * @param blue  lowest blue score, or {@code null} when the scorecard has no blue
 */
public record Bands(double amber, double green, Double blue) {

    /** How close to a bound a score counts as on it, absorbing binary rounding of decimal inputs. */
    public static final double TOLERANCE = 1e-9;

    private static final Bands PERCENT = new Bands(80, 100, null);
    private static final Bands TEN = new Bands(10.0 / 3, 20.0 / 3, null);

    public Bands {
        if (!Double.isFinite(amber) || !Double.isFinite(green) || (blue != null && !Double.isFinite(blue))) {
            throw new IllegalArgumentException("band bounds must be finite numbers");
        }
    }

    /** Percent scale: red below 80, amber from 80, green from 100. Ten scale: exactly 10/3 and 20/3. */
    public static Bands defaults(Scale scale) {
        return scale == Scale.TEN ? TEN : PERCENT;
    }

    /** Bands from exact decimals as read from a file; {@code blue} may be {@code null}. */
    public static Bands of(BigDecimal amber, BigDecimal green, BigDecimal blue) {
        return new Bands(amber.doubleValue(), green.doubleValue(), blue == null ? null : blue.doubleValue());
    }

    /** Whether amber &lt; green (&lt; blue), as a valid definition needs. */
    public boolean ascending() {
        return amber < green && (blue == null || green < blue);
    }

    /** The colour of a score: the highest band whose lower bound the score reaches. */
    Status statusOf(double score) {
        if (blue != null && score >= blue - TOLERANCE) {
            return Status.BLUE;
        }
        if (score >= green - TOLERANCE) {
            return Status.GREEN;
        }
        return score >= amber - TOLERANCE ? Status.AMBER : Status.RED;
    }

    /** The lower bound of a band, for explanations; {@code NaN} for red and none. */
    double lowerBound(Status status) {
        return switch (status) {
            case BLUE -> blue;
            case GREEN -> green;
            case AMBER -> amber;
            default -> Double.NaN;
        };
    }
}
