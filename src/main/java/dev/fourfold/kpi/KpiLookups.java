package dev.fourfold.kpi;

import dev.fourfold.scorecard.Objective;
import dev.fourfold.scorecard.ObjectiveService;
import dev.fourfold.scorecard.Scorecard;
import dev.fourfold.scorecard.ScorecardService;
import dev.fourfold.shared.Access;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.Visibility;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The reads that checking a KPI of one author repeats — its objective, its scorecard, what the author may read and
 * whether they own the scorecard — kept for the KPIs created one after another in one transaction
 * ({@link KpiCreation}): a scorecard-file import of 200 KPIs asked for each of them 200 times. Objectives and
 * scorecards do not change while the KPIs are created, and neither do the author's rights.
 */
final class KpiLookups {

    private final ObjectiveService objectives;
    private final ScorecardService scorecards;
    private final Access access;
    private final Actor author;
    private final Map<Long, Optional<Objective>> objectiveById = new HashMap<>();
    private final Map<Long, Scorecard> scorecardById = new HashMap<>();
    private final Map<Long, Boolean> ownerChecked = new HashMap<>();
    private Visibility readable;

    KpiLookups(ObjectiveService objectives, ScorecardService scorecards, Access access, Actor author) {
        this.objectives = objectives;
        this.scorecards = scorecards;
        this.access = access;
        this.author = author;
    }

    Actor author() {
        return author;
    }

    Optional<Objective> objective(long id) {
        return objectiveById.computeIfAbsent(id, objectives::find);
    }

    Scorecard scorecard(long id) {
        return scorecardById.computeIfAbsent(id, scorecards::get);
    }

    Visibility readable() {
        if (readable == null) {
            readable = access.readableScorecards(author);
        }
        return readable;
    }

    /**
     * Refuses an author who may read the objective's scorecard but not change it, before anything else is checked; an
     * objective they may not read is left to validation, which answers it as one that does not exist.
     */
    void requireOwnerOfReadable(long scorecardId) {
        if (ownerChecked.containsKey(scorecardId)) {
            return;
        }
        if (access.mayRead(author, scorecardId)) {
            access.requireOwner(author, scorecardId);
        }
        ownerChecked.put(scorecardId, true);
    }
}
