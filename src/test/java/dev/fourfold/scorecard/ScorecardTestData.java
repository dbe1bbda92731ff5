package dev.fourfold.scorecard;

import java.util.Arrays;
import java.util.List;

/**
 * Small builders of the strategy module's records with sensible defaults, so that a test names only what it is
 * about: {@code anObjective().withCode("F1").alignedTo(40L).build()}. Builders are values: each wither returns a
 * new builder, so one can serve as the base of several.
 */
public final class ScorecardTestData {

    private ScorecardTestData() {
    }

    /** Objective 10, {@code F1} "Grow revenue", in perspective 100 of scorecard 1, not aligned, driven by nothing. */
    public static ObjectiveBuilder anObjective() {
        return new ObjectiveBuilder(10, 1, 100, "F1", "Grow revenue", null, List.of(), false, 0, 0);
    }

    /** Unit 1, "Company", at the top of the tree. */
    public static UnitBuilder aUnit() {
        return new UnitBuilder(1, null, "Company", 0);
    }

    /** Scorecard 1 of unit 1, "Company", scored by ratio, without approval of values. */
    public static ScorecardBuilder aScorecard() {
        return new ScorecardBuilder(1, 1, "Company", false, 0);
    }

    public record ObjectiveBuilder(long id, long scorecardId, long perspectiveId, String code, String name,
                                   Long alignedToId, List<Long> causes, boolean isRetired, int position, long version) {

        public ObjectiveBuilder withId(long id) {
            return new ObjectiveBuilder(id, scorecardId, perspectiveId, code, name, alignedToId, causes, isRetired,
                    position, version);
        }

        public ObjectiveBuilder inScorecard(long scorecardId) {
            return new ObjectiveBuilder(id, scorecardId, perspectiveId, code, name, alignedToId, causes, isRetired,
                    position, version);
        }

        public ObjectiveBuilder inPerspective(long perspectiveId) {
            return new ObjectiveBuilder(id, scorecardId, perspectiveId, code, name, alignedToId, causes, isRetired,
                    position, version);
        }

        public ObjectiveBuilder withCode(String code) {
            return new ObjectiveBuilder(id, scorecardId, perspectiveId, code, name, alignedToId, causes, isRetired,
                    position, version);
        }

        public ObjectiveBuilder named(String name) {
            return new ObjectiveBuilder(id, scorecardId, perspectiveId, code, name, alignedToId, causes, isRetired,
                    position, version);
        }

        public ObjectiveBuilder alignedTo(Long alignedToId) {
            return new ObjectiveBuilder(id, scorecardId, perspectiveId, code, name, alignedToId, causes, isRetired,
                    position, version);
        }

        public ObjectiveBuilder drivenBy(Long... causes) {
            return new ObjectiveBuilder(id, scorecardId, perspectiveId, code, name, alignedToId, Arrays.asList(causes),
                    isRetired, position, version);
        }

        public ObjectiveBuilder retired() {
            return new ObjectiveBuilder(id, scorecardId, perspectiveId, code, name, alignedToId, causes, true,
                    position, version);
        }

        public ObjectiveBuilder atPosition(int position) {
            return new ObjectiveBuilder(id, scorecardId, perspectiveId, code, name, alignedToId, causes, isRetired,
                    position, version);
        }

        public ObjectiveBuilder withVersion(long version) {
            return new ObjectiveBuilder(id, scorecardId, perspectiveId, code, name, alignedToId, causes, isRetired,
                    position, version);
        }

        /** Weight, roll-up, description and owner left out, as a client that sends only the required fields. */
        public Objective build() {
            return new Objective(id, scorecardId, perspectiveId, code, name, null, null, null, null, position,
                    alignedToId, causes, isRetired, version);
        }
    }

    public record UnitBuilder(long id, Long parentId, String name, long version) {

        public UnitBuilder withId(long id) {
            return new UnitBuilder(id, parentId, name, version);
        }

        public UnitBuilder under(Long parentId) {
            return new UnitBuilder(id, parentId, name, version);
        }

        public UnitBuilder named(String name) {
            return new UnitBuilder(id, parentId, name, version);
        }

        public UnitBuilder withVersion(long version) {
            return new UnitBuilder(id, parentId, name, version);
        }

        public OrgUnit build() {
            return new OrgUnit(id, parentId, name, version);
        }
    }

    public record ScorecardBuilder(long id, long unitId, String name, boolean requiresApproval, long version) {

        public ScorecardBuilder withId(long id) {
            return new ScorecardBuilder(id, unitId, name, requiresApproval, version);
        }

        public ScorecardBuilder ofUnit(long unitId) {
            return new ScorecardBuilder(id, unitId, name, requiresApproval, version);
        }

        public ScorecardBuilder named(String name) {
            return new ScorecardBuilder(id, unitId, name, requiresApproval, version);
        }

        public ScorecardBuilder requiringApproval() {
            return new ScorecardBuilder(id, unitId, name, true, version);
        }

        public Scorecard build() {
            return new Scorecard(id, unitId, name, null, "ratio", null, null, null, null, null, "ignore",
                    "weighted-average", requiresApproval, version);
        }
    }
}
