package dev.fourfold.scorecard;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A child unit's scorecard included as a weighted child of a perspective or an objective of a scorecard: the child's
 * overall score ({@code childPerspective} null) or the score of its perspective of that name counts in the roll-up.
 * The child scorecard's unit lies below the including scorecard's unit, and inclusions form no cycle.
 *
 * @param perspectiveId the including perspective, or null when an objective includes
 * @param objectiveId   the including objective, or null when a perspective includes
 * @param childUnitId   the unit of the included scorecard
 * @param childUnit     its name
 * @param childScorecard the included scorecard's name
 */
public record ScorecardInclude(long id, long scorecardId, Long perspectiveId, Long objectiveId, long childScorecardId,
                               String childPerspective, BigDecimal weight, long childUnitId, String childUnit,
                               String childScorecard, long version) {

    Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scorecardId", scorecardId);
        m.put("perspectiveId", perspectiveId);
        m.put("objectiveId", objectiveId);
        m.put("childScorecardId", childScorecardId);
        m.put("childPerspective", childPerspective);
        m.put("weight", weight);
        return m;
    }
}
