package dev.fourfold.scorecard;

import dev.fourfold.scoring.IncludeGraph;
import dev.fourfold.scoring.Vocabulary;
import dev.fourfold.shared.Access;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.FieldProblem;
import dev.fourfold.shared.InvalidInputException;
import dev.fourfold.shared.Names;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The checks of a new inclusion: it hangs on one perspective or active objective of the including scorecard, names a
 * scorecard the author may read (anything else answers as if it did not exist) of a unit below the including
 * scorecard's unit, a perspective that scorecard has, a weight of 0 or more, is not made twice, and closes no cycle.
 */
@Component
class IncludeRules {

    private final IncludeRepository includes;
    private final ScorecardRepository scorecards;
    private final PerspectiveRepository perspectives;
    private final ObjectiveRepository objectives;
    private final UnitRepository units;
    private final Access access;

    IncludeRules(IncludeRepository includes, ScorecardRepository scorecards, PerspectiveRepository perspectives,
                 ObjectiveRepository objectives, UnitRepository units, Access access) {
        this.includes = includes;
        this.scorecards = scorecards;
        this.perspectives = perspectives;
        this.objectives = objectives;
        this.units = units;
        this.access = access;
    }

    /** The inclusion the draft describes, with its defaults, or the problems that refuse it. */
    ScorecardInclude check(Scorecard parent, IncludeService.Draft d, Actor actor) {
        List<FieldProblem> problems = new ArrayList<>();
        Optional<Perspective> perspective = Optional.empty();
        if ((d.perspectiveId() == null) == (d.objectiveId() == null)) {
            problems.add(new FieldProblem("perspectiveId",
                    "name exactly one of perspectiveId and objectiveId: the perspective or objective that includes"));
        } else if (d.perspectiveId() != null) {
            perspective = perspectives.find(d.perspectiveId()).filter(p -> p.scorecardId() == parent.id());
            if (perspective.isEmpty()) {
                problems.add(new FieldProblem("perspectiveId", "scorecard " + parent.id() + " has no perspective with id "
                        + d.perspectiveId()));
            }
        } else if (objectives.find(d.objectiveId()).filter(o -> o.scorecardId() == parent.id() && !o.retired()).isEmpty()) {
            problems.add(new FieldProblem("objectiveId", "scorecard " + parent.id() + " has no active objective with id "
                    + d.objectiveId()));
        }
        Vocabulary.checkWeight(problems, "weight", d.weight());
        Names.limit(problems, "childPerspective", d.childPerspective(), 200);
        Optional<Scorecard> child = child(d, actor, problems);
        String childPerspective = Names.clean(d.childPerspective()) != null ? Names.clean(d.childPerspective())
                : perspective.map(Perspective::name).orElse(null);
        child.ifPresent(c -> checkChild(parent, c, childPerspective, d, actor, problems));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Scorecard c = child.orElseThrow();
        return new ScorecardInclude(0, parent.id(), d.perspectiveId(), d.objectiveId(), c.id(), childPerspective,
                d.weight(), c.unitId(), "", c.name(), 0);
    }

    private Optional<Scorecard> child(IncludeService.Draft d, Actor actor, List<FieldProblem> problems) {
        if (d.childScorecardId() != null) {
            Optional<Scorecard> found = scorecards.find(d.childScorecardId()).filter(s -> access.mayRead(actor, s.id()));
            if (found.isEmpty()) {
                problems.add(new FieldProblem("childScorecardId", "there is no scorecard with id " + d.childScorecardId()));
            }
            return found;
        }
        if (d.childUnitId() == null) {
            problems.add(new FieldProblem("childScorecardId",
                    "is required: the scorecard to include (or childUnitId, for a unit with one scorecard)"));
            return Optional.empty();
        }
        List<Long> readable = units.find(d.childUnitId()).isEmpty() || !access.readableUnits(actor).allows(d.childUnitId())
                ? List.of() : includes.scorecardsOfUnit(d.childUnitId()).stream().filter(id -> access.mayRead(actor, id)).toList();
        if (readable.size() != 1) {
            problems.add(new FieldProblem("childUnitId", readable.isEmpty()
                    ? "there is no unit with id " + d.childUnitId() + " that has a scorecard"
                    : "unit " + d.childUnitId() + " has " + readable.size() + " scorecards: name one with childScorecardId"));
            return Optional.empty();
        }
        return scorecards.find(readable.get(0));
    }

    private void checkChild(Scorecard parent, Scorecard child, String childPerspective, IncludeService.Draft d,
                            Actor actor, List<FieldProblem> problems) {
        String field = d.childScorecardId() != null ? "childScorecardId" : "childUnitId";
        if (!includes.isBelow(child.unitId(), parent.unitId())) {
            problems.add(new FieldProblem(field, "'" + child.name() + "' belongs to unit '" + unitName(child.unitId())
                    + "', which is not below unit '" + unitName(parent.unitId())
                    + "': a scorecard includes only scorecards of the units below its own"));
            return;
        }
        if (childPerspective != null && perspectives.idByName(child.id(), childPerspective).isEmpty()) {
            problems.add(new FieldProblem("childPerspective", "'" + child.name() + "' has no perspective named '"
                    + childPerspective + "'"));
        }
        boolean twice = includes.ofScorecard(parent.id()).stream().anyMatch(i -> i.childScorecardId() == child.id()
                && Objects.equals(i.perspectiveId(), d.perspectiveId())
                && Objects.equals(i.objectiveId(), d.objectiveId())
                && Objects.equals(key(i.childPerspective()), key(childPerspective)));
        if (twice) {
            problems.add(new FieldProblem(field, "'" + child.name() + "' is included there already"));
        }
        cycle(parent, child, actor).ifPresent(path -> problems.add(new FieldProblem(field, "including '" + child.name()
                + "' in '" + parent.name() + "' would close a cycle of inclusions: " + path)));
    }

    /** The cycle the new edge would close, as names joined by arrows; scorecards the author may not read unnamed. */
    private Optional<String> cycle(Scorecard parent, Scorecard child, Actor actor) {
        Map<String, Set<String>> graph = new HashMap<>();
        includes.edges().forEach(e -> graph.computeIfAbsent(e.getKey().toString(), k -> new HashSet<>())
                .add(e.getValue().toString()));
        graph.computeIfAbsent(String.valueOf(parent.id()), k -> new HashSet<>()).add(String.valueOf(child.id()));
        return IncludeGraph.findCycle(graph).map(path -> startingAt(path, String.valueOf(parent.id())).stream()
                .map(id -> scorecards.find(Long.parseLong(id)).filter(s -> access.mayRead(actor, s.id()))
                        .map(s -> "'" + s.name() + "'").orElse("a scorecard you cannot read"))
                .collect(Collectors.joining(" → ")));
    }

    /**
     * The cycle {@code [A, B, A]} told from {@code first} when it passes there, so that the message starts with the
     * including scorecard whatever order the graph was searched in.
     */
    private static List<String> startingAt(List<String> cycle, String first) {
        int i = cycle.indexOf(first);
        if (i <= 0) {
            return cycle;
        }
        List<String> ring = cycle.subList(0, cycle.size() - 1);
        List<String> told = new ArrayList<>(ring.subList(i, ring.size()));
        told.addAll(ring.subList(0, i));
        told.add(first);
        return told;
    }

    private String unitName(long unitId) {
        return units.find(unitId).map(OrgUnit::name).orElse(String.valueOf(unitId));
    }

    private static String key(String name) {
        return name == null ? null : Names.key(name);
    }
}
