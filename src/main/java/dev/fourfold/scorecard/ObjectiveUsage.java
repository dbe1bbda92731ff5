package dev.fourfold.scorecard;

import java.util.List;

/**
 * Implemented by modules that hang records on objectives (KPIs, initiatives), so that deleting an objective can
 * say what still refers to it without the strategy module depending on them.
 */
public interface ObjectiveUsage {

    /** Active records that block deleting or retiring the objective, described for a person ("KPI REV"). */
    List<String> activeUses(long objectiveId);

    /** Whether anything at all (active or retired) refers to the objective; then it is retired, not deleted. */
    boolean hasAnyUse(long objectiveId);
}
