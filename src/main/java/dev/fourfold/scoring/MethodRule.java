package dev.fourfold.scoring;

import static dev.fourfold.scoring.Numbers.format;

/**
 * The scoring methods of docs/scoring-rules.md as small named policies, one per {@link Method}: which parameters each
 * needs (rule 9), the score, and the workings with numbers substituted for the explanation. Percent-scale scores are
 * ×100 (100 = met); the ten-scale {@code goal-redflag} is clamped to [0, 10].
 */
enum MethodRule {
    RATIO {
        double score(KpiParameters p, double a, double t) {
            double fraction = t == 0 ? (p.polarity() == Polarity.LOWER ? 1 - a : 1 + a)
                    : p.polarity() == Polarity.LOWER ? 1 - (a - t) / Math.abs(t) : (a - t + Math.abs(t)) / Math.abs(t);
            return fraction * 100;
        }

        String workings(KpiParameters p, double a, double t, double s) {
            String sum = t == 0 ? (p.polarity() == Polarity.LOWER ? "1 − " : "1 + ") + format(a)
                    : p.polarity() == Polarity.LOWER ? "1 − (" + format(a) + " − " + format(t) + ") / " + format(Math.abs(t))
                    : "(" + format(a) + " − " + format(t) + " + " + format(Math.abs(t)) + ") / " + format(Math.abs(t));
            return "ratio " + sum + " = " + format(s);
        }
    },
    PROGRESS {
        String problem(KpiParameters p, double t) {
            if (Double.isNaN(p.baseline())) {
                return "progress needs a baseline";
            }
            return t == p.baseline() ? "progress cannot score: the target equals the baseline (" + format(t) + ")" : null;
        }

        double score(KpiParameters p, double a, double t) {
            return (a - p.baseline()) / (t - p.baseline()) * 100;
        }

        String workings(KpiParameters p, double a, double t, double s) {
            return "progress (" + format(a) + " − " + format(p.baseline()) + ") / (" + format(t) + " − "
                    + format(p.baseline()) + ") = " + format(s);
        }
    },
    MINMAX {
        boolean needsTarget(KpiParameters p) {
            return false;
        }

        String problem(KpiParameters p, double t) {
            if (Double.isNaN(p.min()) || Double.isNaN(p.max())) {
                return "minmax needs min and max";
            }
            return p.min() == p.max() ? "minmax cannot score: max equals min (" + format(p.min()) + ")" : null;
        }

        double score(KpiParameters p, double a, double t) {
            double above = p.polarity() == Polarity.LOWER ? p.max() - a : a - p.min();
            return above / (p.max() - p.min()) * 100;
        }

        String workings(KpiParameters p, double a, double t, double s) {
            String above = p.polarity() == Polarity.LOWER ? format(p.max()) + " − " + format(a)
                    : format(a) + " − " + format(p.min());
            return "minmax (" + above + ") / (" + format(p.max()) + " − " + format(p.min()) + ") = " + format(s);
        }
    },
    BAND {
        boolean needsTarget(KpiParameters p) {
            return false;
        }

        String problem(KpiParameters p, double t) {
            return p.hasBand() ? null : "band needs a band";
        }

        double score(KpiParameters p, double a, double t) {
            double distance = distanceOutside(p, a);
            if (distance == 0) {
                return 100;
            }
            return Double.isNaN(p.tolerance()) || p.tolerance() == 0 ? 0
                    : Math.max(0, 100 * (1 - distance / p.tolerance()));
        }

        String workings(KpiParameters p, double a, double t, double s) {
            double distance = distanceOutside(p, a);
            if (distance == 0) {
                return "band, " + format(a) + " inside [" + format(p.bandLow()) + ", " + format(p.bandHigh()) + "] = " + format(s);
            }
            String side = a > p.bandHigh() ? " above " + format(p.bandHigh()) : " below " + format(p.bandLow());
            String tolerance = Double.isNaN(p.tolerance()) ? " without tolerance" : " with tolerance " + format(p.tolerance());
            return "band, " + format(distance) + side + tolerance + " = " + format(s);
        }
    },
    BINARY {
        boolean needsTarget(KpiParameters p) {
            return p.polarity() != Polarity.RANGE;
        }

        String problem(KpiParameters p, double t) {
            return p.polarity() == Polarity.RANGE && !p.hasBand() ? "binary needs a band for a range KPI" : null;
        }

        double score(KpiParameters p, double a, double t) {
            return met(p, a, t) ? p.scale().full() : 0;
        }

        String workings(KpiParameters p, double a, double t, double s) {
            boolean met = met(p, a, t);
            String test = switch (p.polarity()) {
                case HIGHER -> format(a) + (met ? " ≥ " : " < ") + format(t);
                case LOWER -> format(a) + (met ? " ≤ " : " > ") + format(t);
                case RANGE -> format(a) + (met ? " inside [" : " outside [") + format(p.bandLow()) + ", "
                        + format(p.bandHigh()) + "]";
            };
            return "binary, " + test + (met ? ", met" : ", not met") + " = " + format(s);
        }

        private boolean met(KpiParameters p, double a, double t) {
            return switch (p.polarity()) {
                case HIGHER -> a >= t;
                case LOWER -> a <= t;
                case RANGE -> distanceOutside(p, a) == 0;
            };
        }
    },
    GOAL_REDFLAG {
        String problem(KpiParameters p, double goal) {
            double redFlag = p.redFlag();
            if (Double.isNaN(redFlag)) {
                return "goal-redflag needs a red flag";
            }
            if (goal == redFlag) {
                return "goal-redflag cannot score: the goal equals the red flag (" + format(goal) + ")";
            }
            boolean lower = p.polarity() == Polarity.LOWER;
            return lower == goal > redFlag ? "goal-redflag cannot score: the goal " + format(goal) + " is not "
                    + (lower ? "below" : "above") + " the red flag " + format(redFlag) + " of a "
                    + p.polarity().key() + "-is-better KPI" : null;
        }

        double score(KpiParameters p, double a, double goal) {
            return Math.max(0, Math.min(10, unclamped(p, a, goal)));
        }

        String workings(KpiParameters p, double a, double goal, double s) {
            double d = Math.abs(goal - p.redFlag());
            String gain = p.polarity() == Polarity.LOWER ? format(p.redFlag()) + " − " + format(a)
                    : format(a) + " − " + format(p.redFlag());
            double raw = unclamped(p, a, goal);
            return "goal-redflag 10/3 × (1 + (" + gain + ") / " + format(d) + ") = " + format(raw)
                    + (raw == s ? "" : ", clamped to " + format(s));
        }

        private double unclamped(KpiParameters p, double a, double goal) {
            double gain = p.polarity() == Polarity.LOWER ? p.redFlag() - a : a - p.redFlag();
            return 10.0 / 3 * (1 + gain / Math.abs(goal - p.redFlag()));
        }
    };

    /** The policy of a method, by an exhaustive switch so that reordering either enum cannot mismatch them. */
    static MethodRule of(Method method) {
        return switch (method) {
            case RATIO -> RATIO;
            case PROGRESS -> PROGRESS;
            case MINMAX -> MINMAX;
            case BAND -> BAND;
            case BINARY -> BINARY;
            case GOAL_REDFLAG -> GOAL_REDFLAG;
        };
    }

    /** Whether the method compares the actual with a target (rule 9). */
    boolean needsTarget(KpiParameters p) {
        return true;
    }

    /** A missing parameter or zero denominator, or {@code null} when the method can score. */
    String problem(KpiParameters p, double target) {
        return null;
    }

    abstract double score(KpiParameters p, double actual, double target);

    /** The method with numbers substituted, e.g. {@code progress (9 − 12) / (8 − 12) = 75}. */
    abstract String workings(KpiParameters p, double actual, double target, double score);

    static double distanceOutside(KpiParameters p, double a) {
        return a > p.bandHigh() ? a - p.bandHigh() : a < p.bandLow() ? p.bandLow() - a : 0;
    }
}
