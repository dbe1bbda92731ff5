package dev.fourfold.demo;

/**
 * How one demo KPI is defined and how its values are generated: a level that moves by {@code slope} a month, a
 * yearly season of amplitude {@code season} peaking in the fourth quarter, and Gaussian noise. {@code shareOf}
 * makes a KPI a share of another (promoters of responses, defects of units). Targets follow the same line times
 * {@code targetFactor}; a {@code constantTarget} is set once for all periods instead.
 */
record DemoKpi(String objective, String code, String name, String unit, String polarity, String frequency,
               String aggregation, String formula, double weight, double base, double slope, double season,
               double noise, int decimals, double targetFactor, Double constantTarget, String shareOf,
               String description) {

    static DemoKpi measured(String objective, String code, String name, String unit, String polarity, String frequency,
                            String aggregation, double base, double slope, double season, double noise, int decimals,
                            double targetFactor, String description) {
        return new DemoKpi(objective, code, name, unit, polarity, frequency, aggregation, null, 1, base, slope, season,
                noise, decimals, targetFactor, null, null, description);
    }

    static DemoKpi constant(String objective, String code, String name, String unit, String polarity, String frequency,
                            String aggregation, double base, double slope, double noise, int decimals, double target,
                            String description) {
        return new DemoKpi(objective, code, name, unit, polarity, frequency, aggregation, null, 1, base, slope, 0,
                noise, decimals, 1, target, null, description);
    }

    /** An input of a formula: weight 0, so it feeds the formula without counting in the objective's score. */
    static DemoKpi share(String objective, String code, String name, String unit, String of, double share, double slope,
                         double noise) {
        return new DemoKpi(objective, code, name, unit, "higher", "monthly", "sum", null, 0, share, slope, 0, noise, 0,
                1, null, of, "Input of a calculated KPI");
    }

    static DemoKpi formula(String objective, String code, String name, String unit, String polarity, String formula,
                           double target, String description) {
        return new DemoKpi(objective, code, name, unit, polarity, "monthly", "formula", formula, 1, 0, 0, 0, 0, 0, 1,
                target, null, description);
    }

    /** The same KPI with lower values better: a count of something bad (detractors, defects). */
    DemoKpi lowerIsBetter() {
        return new DemoKpi(objective, code, name, unit, "lower", frequency, aggregation, formula, weight, base, slope, season,
                noise, decimals, targetFactor, constantTarget, shareOf, description);
    }
}
