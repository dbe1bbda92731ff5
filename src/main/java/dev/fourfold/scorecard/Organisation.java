package dev.fourfold.scorecard;

/**
 * The installation's company. Its fiscal-year start and score scale are shared by every scorecard so that scores
 * are comparable across units.
 *
 * @param fiscalYearStart the month (1–12) in which the fiscal year starts
 * @param scale           {@code percent} (100 = target met) or {@code ten} (Spider Impact style 0–10)
 */
public record Organisation(String name, int fiscalYearStart, String scale, long version) {
}
