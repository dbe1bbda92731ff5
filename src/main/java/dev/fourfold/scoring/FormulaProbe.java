package dev.fourfold.scoring;

/**
 * Sees every evaluation of a formula KPI over one window, so that tests can count the work an evaluation does
 * (each KPI and window is evaluated at most once per evaluation) without timing it.
 */
@FunctionalInterface
interface FormulaProbe {

    FormulaProbe NONE = (code, window, lag) -> {
    };

    void evaluated(String code, Window window, int lag);
}
