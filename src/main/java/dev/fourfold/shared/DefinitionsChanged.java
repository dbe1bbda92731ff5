package dev.fourfold.shared;

import java.time.Instant;

/**
 * What a scorecard's scores are worked out by changed, inside the transaction of the change: its own settings
 * (scoring method, bands, cap) or a KPI's definition (target, thresholds, polarity, formula). Unlike a value's
 * change it names no period: every period of the scorecard may score differently.
 *
 * @param scorecardId the scorecard
 * @param at          when
 */
public record DefinitionsChanged(long scorecardId, Instant at) {
}
