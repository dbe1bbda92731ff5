package dev.fourfold.scoring;

import java.math.BigDecimal;

/**
 * A child unit's scorecard included as a weighted child of a perspective or an objective: its overall score, or the
 * score of one of its perspectives, counts like any other child of the parent (weight, missing-data policy, share
 * and contribution in the explanation). The caller resolves the included scorecard's model and hands it to
 * {@link ScoringModel#including}; the engine evaluates it at the parent's period and view.
 *
 * @param key         names the included model among those handed to {@link ScoringModel#including}
 * @param name        how the roll-up and its explanation name the child, e.g.
 *                    {@code Northwind Manufacturing / Manufacturing scorecard / Financial} (see {@link #nameOf})
 * @param perspective the included scorecard's perspective whose score counts, or {@code null} for its overall score
 * @param weight      relative weight among the parent's children ({@code null} means 1; 0 excludes it)
 */
public record Inclusion(String key, String name, String perspective, BigDecimal weight) {

    public Inclusion {
        if (key == null || key.isBlank() || name == null || name.isBlank()) {
            throw new IllegalArgumentException("an inclusion needs the key of its scorecard and a name");
        }
        weight = weight == null ? BigDecimal.ONE : weight;
    }

    /** The name of an included child: unit, scorecard and, where one counts, the perspective. */
    public static String nameOf(String unit, String scorecard, String perspective) {
        return unit + " / " + scorecard + (perspective == null ? "" : " / " + perspective);
    }
}
