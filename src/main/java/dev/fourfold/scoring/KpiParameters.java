package dev.fourfold.scoring;

/**
 * A KPI's scoring method and parameters as doubles ({@code NaN} = not given), resolved once against its scorecard
 * so that scoring a value allocates nothing.
 */
record KpiParameters(Method method, Polarity polarity, Scale scale, double baseline, double min, double max,
                     double redFlag, double bandLow, double bandHigh, double tolerance, ValueThresholds thresholds,
                     double thresholdAmber, double thresholdGreen, double thresholdBlue) {

    static KpiParameters of(KpiDefinition kpi, ScorecardDefinition scorecard) {
        BandRange band = kpi.band();
        ValueThresholds t = kpi.polarity() == Polarity.RANGE ? null : kpi.thresholds();
        return new KpiParameters(scorecard.methodOf(kpi), kpi.polarity(), scorecard.scale(),
                Numbers.toDouble(kpi.baseline()), Numbers.toDouble(kpi.min()), Numbers.toDouble(kpi.max()),
                Numbers.toDouble(kpi.redFlag()), band == null ? Double.NaN : band.low().doubleValue(),
                band == null ? Double.NaN : band.high().doubleValue(),
                band == null ? Double.NaN : Numbers.toDouble(band.tolerance()), t,
                t == null ? Double.NaN : t.amber().doubleValue(), t == null ? Double.NaN : t.green().doubleValue(),
                t == null ? Double.NaN : Numbers.toDouble(t.blue()));
    }

    MethodRule rule() {
        return MethodRule.of(method);
    }

    boolean hasBand() {
        return !Double.isNaN(bandLow);
    }

    boolean hasThresholds() {
        return thresholds != null;
    }

    /** Colour from the value thresholds, in the direction of the polarity (lower: green when actual ≤ green). */
    Status thresholdStatus(double actual) {
        double sign = polarity == Polarity.LOWER ? -1 : 1;
        double x = sign * actual;
        if (!Double.isNaN(thresholdBlue) && x >= sign * thresholdBlue - Bands.TOLERANCE) {
            return Status.BLUE;
        }
        if (x >= sign * thresholdGreen - Bands.TOLERANCE) {
            return Status.GREEN;
        }
        return x >= sign * thresholdAmber - Bands.TOLERANCE ? Status.AMBER : Status.RED;
    }

    double thresholdBound(Status status) {
        return switch (status) {
            case BLUE -> thresholdBlue;
            case GREEN -> thresholdGreen;
            case AMBER -> thresholdAmber;
            default -> Double.NaN;
        };
    }
}
