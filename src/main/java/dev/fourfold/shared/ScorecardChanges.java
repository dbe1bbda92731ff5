package dev.fourfold.shared;

import java.util.Collection;

/**
 * Tells evaluations that stored data changed, so that models compiled before are not served again. Writers call it
 * inside their transaction, for every write that can change a score: values, approvals, targets, definitions,
 * locks, organisation settings, grants and the unit tree. The change becomes visible with the commit.
 */
public interface ScorecardChanges {

    /** Something a scorecard's evaluation reads changed: its definitions, values, targets or locks. */
    void changed(long scorecardId);

    /** Changes to several scorecards, taken in ascending order so that concurrent writers never deadlock. */
    default void changed(Collection<Long> scorecardIds) {
        scorecardIds.stream().distinct().sorted().forEach(this::changed);
    }

    /** A setting every evaluation reads changed: the fiscal year's start or the scale. */
    void changedAll();

    /**
     * What formulas may read across scorecards may have changed: grants, users, the unit tree, or which KPI codes
     * exist. Only evaluations with formulas reading outside their scorecard depend on it.
     */
    void sharingChanged();
}
