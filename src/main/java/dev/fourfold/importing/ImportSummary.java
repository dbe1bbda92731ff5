package dev.fourfold.importing;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

import java.util.Map;

/**
 * What an import of a scorecard file did, or in a dry run would do, per kind of thing (unit, scorecard,
 * perspective, objective, kpi, target, actual).
 *
 * @param scorecardId   the scorecard imported into; {@code null} in a dry run that would create it
 * @param unknownOwners owners named in the file who are no user of the system: kept as written, listed so that
 *                      someone creates the user or corrects the name (left out of JSON when there are none)
 */
public record ImportSummary(boolean dryRun, Long scorecardId, Map<String, Counts> changes,
                            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> unknownOwners) {

    public ImportSummary {
        changes = Map.copyOf(changes);
        unknownOwners = List.copyOf(unknownOwners);
    }

    public ImportSummary(boolean dryRun, Long scorecardId, Map<String, Counts> changes) {
        this(dryRun, scorecardId, changes, List.of());
    }

    /** The same summary, naming the owners the file gives who are no user. */
    public ImportSummary withUnknownOwners(List<String> owners) {
        return new ImportSummary(dryRun, scorecardId, changes, owners);
    }

    /** How many things of one kind were created, updated, retired (or deleted) and left unchanged. */
    public record Counts(int created, int updated, int retired, int unchanged) {
    }
}
