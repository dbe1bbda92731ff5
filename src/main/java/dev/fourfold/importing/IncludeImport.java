package dev.fourfold.importing;

import dev.fourfold.scorecard.IncludeService;
import dev.fourfold.scorecard.IncludeSync;
import dev.fourfold.scorecard.Objective;
import dev.fourfold.scorecard.ObjectiveService;
import dev.fourfold.scorecard.OrgUnit;
import dev.fourfold.scorecard.PerspectiveService;
import dev.fourfold.scorecard.Scorecard;
import dev.fourfold.scorecard.ScorecardService;
import dev.fourfold.scorecard.UnitService;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.FieldProblem;
import dev.fourfold.shared.InvalidInputException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Brings a stored scorecard's inclusions in line with its file's {@code includes:}, once its perspectives and
 * objectives are in place. A server resolves an inclusion by {@code unit}: the server's unit of that name, which has
 * exactly one scorecard the importer may read; {@code scorecard:} names a scorecard of the same file, which a server
 * does not hold. Every inclusion passes the checks of the includes API; every problem is reported at the inclusion's
 * line and the import is refused.
 */
@Component
class IncludeImport {

    private final IncludeSync sync;
    private final UnitService units;
    private final ScorecardService scorecards;
    private final PerspectiveService perspectives;
    private final ObjectiveService objectives;

    IncludeImport(IncludeSync sync, UnitService units, ScorecardService scorecards, PerspectiveService perspectives,
                  ObjectiveService objectives) {
        this.sync = sync;
        this.units = units;
        this.scorecards = scorecards;
        this.perspectives = perspectives;
        this.objectives = objectives;
    }

    /** A wanted inclusion, with the section it is written in. */
    private record Wanted(IncludeSection section, IncludeService.Draft draft) {
    }

    void apply(Scorecard scorecard, ScorecardFile file, Tally tally, Actor actor) {
        Map<String, Long> perspectiveIds = new HashMap<>();
        perspectives.listOf(scorecard.id()).forEach(p -> perspectiveIds.put(StructureImport.key(p.name()), p.id()));
        List<Problem> problems = new ArrayList<>();
        List<Wanted> wanted = new ArrayList<>();
        for (PerspectiveSection p : file.perspectives()) {
            Long perspectiveId = perspectiveIds.get(StructureImport.key(p.name()));
            p.includes().forEach(i -> want(i, perspectiveId, null, p.name(), actor, wanted, problems));
            for (ObjectiveSection o : p.objectives()) {
                Long objectiveId = objectives.findByCode(scorecard.id(), o.code()).map(Objective::id).orElseThrow();
                o.includes().forEach(i -> want(i, null, objectiveId, null, actor, wanted, problems));
            }
        }
        IncludeSync.Outcome outcome = sync.replace(scorecard.id(), wanted.stream().map(Wanted::draft).toList(), actor);
        for (int k = 0; k < wanted.size(); k++) {
            IncludeSection at = wanted.get(k).section();
            outcome.problems().get(k).forEach(fp -> problems.add(new Problem(at, fp.message())));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.stream()
                    .sorted(Comparator.comparingInt((Problem p) -> p.at().line()).thenComparingInt(p -> p.at().column()))
                    .map(p -> new FieldProblem(p.at().location(), p.message())).toList());
        }
        tally.add("include", outcome.created(), outcome.updated(), outcome.unchanged());
        for (int k = 0; k < outcome.removed(); k++) {
            tally.retired("include");
        }
    }

    private record Problem(IncludeSection at, String message) {
    }

    private void want(IncludeSection i, Long perspectiveId, Long objectiveId, String samePerspective, Actor actor,
                      List<Wanted> wanted, List<Problem> problems) {
        child(i, actor, problems).ifPresent(child -> wanted.add(new Wanted(i, new IncludeService.Draft(perspectiveId,
                objectiveId, child, null, i.perspective() != null ? i.perspective() : samePerspective,
                i.weight() == null ? BigDecimal.ONE : i.weight()))));
    }

    /** The one scorecard of the unit the inclusion names, among those the importer may read. */
    private Optional<Long> child(IncludeSection i, Actor actor, List<Problem> problems) {
        if (i.scorecard() != null) {
            problems.add(new Problem(i, "includes scorecard '" + i.scorecard() + "' of this file, but a server imports "
                    + "one scorecard per file: name the included scorecard's unit instead, 'unit: <unit name>'"));
            return Optional.empty();
        }
        Optional<OrgUnit> unit = units.findByName(i.unit(), actor);
        if (unit.isEmpty()) {
            problems.add(new Problem(i, "includes unit '" + i.unit() + "', which is no unit of this server"));
            return Optional.empty();
        }
        List<Scorecard> cards = Pages.all(page -> scorecards.list(unit.get().id(), page, actor));
        if (cards.size() != 1) {
            problems.add(new Problem(i, "includes unit '" + i.unit() + "', which has " + (cards.isEmpty() ? "no scorecard"
                    : cards.size() + " scorecards; a file includes a unit with exactly one")));
            return Optional.empty();
        }
        return Optional.of(cards.get(0).id());
    }
}
