package dev.fourfold.importing;

import java.util.Map;

/**
 * What an import of a scorecard file did, or in a dry run would do, per kind of thing (unit, scorecard,
 * perspective, objective, kpi, target, actual).
 *
 * @param scorecardId the scorecard imported into; {@code null} in a dry run that would create it
 */
public record ImportSummary(boolean dryRun, Long scorecardId, Map<String, Counts> changes) {

    public ImportSummary {
        changes = Map.copyOf(changes);
    }

    /** How many things of one kind were created, updated, retired (or deleted) and left unchanged. */
    public record Counts(int created, int updated, int retired, int unchanged) {
    }
}
