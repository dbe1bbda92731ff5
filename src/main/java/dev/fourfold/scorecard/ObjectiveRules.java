package dev.fourfold.scorecard;

import dev.fourfold.scoring.Vocabulary;
import dev.fourfold.shared.FieldProblem;
import dev.fourfold.shared.InvalidInputException;
import dev.fourfold.shared.Names;
import dev.fourfold.shared.Visibility;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** Checks an objective before it is saved and fills in what follows from its perspective and defaults. */
@Component
class ObjectiveRules {

    private final ObjectiveRepository objectives;

    ObjectiveRules(ObjectiveRepository objectives) {
        this.objectives = objectives;
    }

    /**
     * Returns the objective with its scorecard taken from its perspective and defaults applied. Perspectives and
     * objectives outside the {@code readable} scorecards are answered as if they did not exist, except
     * the alignment the objective has already ({@code keptAlignment}), which its owner may keep without reading it.
     *
     * @throws InvalidInputException listing every problem found
     */
    Objective checked(Long id, Objective o, Visibility readable, Long keptAlignment) {
        List<FieldProblem> problems = new ArrayList<>();
        Long scorecardId = objectives.scorecardOfPerspective(o.perspectiveId())
                .filter(sc -> readable.allows(sc)).orElse(null);
        if (scorecardId == null) {
            problems.add(new FieldProblem("perspectiveId", "there is no perspective with id " + o.perspectiveId()));
        }
        Names.requireCode(problems, "code", o.code());
        Names.require(problems, "name", o.name(), 200);
        Names.limit(problems, "description", o.description(), 4000);
        Names.limit(problems, "owner", o.owner(), 200);
        BigDecimal weight = o.weight() == null ? BigDecimal.ONE : o.weight();
        Vocabulary.checkWeight(problems, "weight", weight);
        String rollup = o.rollup() == null ? "weighted-average" : o.rollup();
        Vocabulary.checkRollup(problems, "rollup", rollup);
        if (scorecardId != null) {
            checkCode(problems, id, scorecardId, o.code());
            checkLinks(problems, id, scorecardId, o.drivenBy());
            checkAlignment(problems, scorecardId, o.alignedToId(),
                    o.alignedToId() != null && o.alignedToId().equals(keptAlignment) ? Visibility.all() : readable);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        int position = o.position() > 0 ? o.position()
                : objectives.nextPosition(o.perspectiveId());
        return new Objective(id == null ? 0 : id, scorecardId, o.perspectiveId(), o.code().strip(), o.name().strip(),
                Names.clean(o.description()), Names.clean(o.owner()), weight, rollup, position, o.alignedToId(),
                o.drivenBy(), o.retired(), o.version());
    }

    private void checkCode(List<FieldProblem> problems, Long id, long scorecardId, String code) {
        if (code == null || code.isBlank()) {
            return;
        }
        objectives.idByCode(scorecardId, code)
                .filter(other -> id == null || other != id.longValue())
                .ifPresent(other -> problems.add(new FieldProblem("code",
                        "the scorecard has an objective with code '" + code.strip() + "' already (id " + other + ")")));
    }

    private void checkLinks(List<FieldProblem> problems, Long id, long scorecardId, List<Long> drivenBy) {
        for (int i = 0; i < drivenBy.size(); i++) {
            Long cause = drivenBy.get(i);
            String field = "drivenBy[" + i + "]";
            if (cause == null) {
                problems.add(new FieldProblem(field, "is empty; give the id of an objective of the same scorecard"));
            } else if (id != null && cause.longValue() == id) {
                problems.add(new FieldProblem(field, "an objective cannot drive itself"));
            } else if (!Long.valueOf(scorecardId).equals(objectives.scorecardOf(cause).orElse(null))) {
                problems.add(new FieldProblem(field, "objective " + cause + " is not an objective of this scorecard; "
                        + "strategy-map links join objectives of one scorecard"));
            }
        }
    }

    private void checkAlignment(List<FieldProblem> problems, long scorecardId, Long alignedToId, Visibility readable) {
        if (alignedToId == null) {
            return;
        }
        Long parentUnit = objectives.parentUnitOfScorecard(scorecardId).orElse(null);
        Long targetUnit = objectives.homeOf(alignedToId)
                .filter(home -> readable.allows(home.scorecardId()))
                .map(ObjectiveRepository.Home::unitId).orElse(null);
        if (targetUnit == null) {
            problems.add(new FieldProblem("alignedToId", "there is no objective with id " + alignedToId));
        } else if (parentUnit == null || !parentUnit.equals(targetUnit)) {
            problems.add(new FieldProblem("alignedToId", "objective " + alignedToId
                    + " does not belong to a scorecard of this unit's parent unit; an objective aligns to its parent unit's strategy"));
        }
    }
}
