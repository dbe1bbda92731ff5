package dev.fourfold.importing;

import dev.fourfold.scorecard.Objective;
import dev.fourfold.scorecard.ObjectiveService;
import dev.fourfold.scorecard.OrgUnit;
import dev.fourfold.scorecard.Perspective;
import dev.fourfold.scorecard.PerspectiveService;
import dev.fourfold.scorecard.Scorecard;
import dev.fourfold.scorecard.ScorecardService;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.Decimals;
import dev.fourfold.shared.InvalidInputException;
import dev.fourfold.shared.Names;
import dev.fourfold.shared.PageRequest;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/** Brings a scorecard's perspectives and objectives in line with a file, then its KPIs and values. */
@Component
class StructureImport {

    private final PerspectiveService perspectives;
    private final ObjectiveService objectives;
    private final ScorecardService scorecards;
    private final KpiImport kpis;

    StructureImport(PerspectiveService perspectives, ObjectiveService objectives, ScorecardService scorecards,
                    KpiImport kpis) {
        this.perspectives = perspectives;
        this.objectives = objectives;
        this.scorecards = scorecards;
        this.kpis = kpis;
    }

    void apply(Scorecard scorecard, OrgUnit unit, ScorecardFile file, Tally tally, Actor actor) {
        Map<String, Perspective> stale = new LinkedHashMap<>();
        perspectives.listOf(scorecard.id()).forEach(p -> stale.put(key(p.name()), p));
        Map<String, Objective> existing = new LinkedHashMap<>();
        Pages.all(page -> objectives.list(new ObjectiveService.Filter(null, scorecard.id(), null, true), page, Actor.system()))
                .forEach(o -> existing.put(key(o.code()), o));
        Map<String, Long> objectiveIds = new HashMap<>();
        existing.forEach((code, o) -> objectiveIds.put(code, o.id()));
        for (int i = 0; i < file.perspectives().size(); i++) {
            PerspectiveSection p = file.perspectives().get(i);
            long perspectiveId = perspective(scorecard.id(), stale.remove(key(p.name())), p, i + 1, tally, actor);
            for (int o = 0; o < p.objectives().size(); o++) {
                ObjectiveSection section = p.objectives().get(o);
                Objective saved = objective(scorecard.id(), perspectiveId, existing.remove(key(section.code())),
                        section, o + 1, unit, objectiveIds, tally, actor);
                objectiveIds.put(key(section.code()), saved.id());
            }
        }
        linkObjectives(file, objectiveIds, actor);
        kpis.apply(scorecard, file, objectiveIds, tally, actor);
        removeStale(scorecard, existing.values(), stale.values(), tally, actor);
    }

    /** Gives every objective of the file the strategy-map links the file names, once all of them exist. */
    private void linkObjectives(ScorecardFile file, Map<String, Long> objectiveIds, Actor actor) {
        for (ObjectiveSection section : file.objectives()) {
            Objective saved = objectives.get(objectiveIds.get(key(section.code())));
            List<Long> drivenBy = section.drivenBy().stream().map(c -> objectiveIds.get(key(c))).sorted().toList();
            if (!drivenBy.equals(saved.drivenBy().stream().sorted().toList())) {
                objectives.update(saved.id(), saved.withDrivenBy(drivenBy), actor);
            }
        }
    }

    /** Retires the objectives the file no longer names, and deletes the perspectives left empty. */
    private void removeStale(Scorecard scorecard, Collection<Objective> goneObjectives,
                             Collection<Perspective> gonePerspectives, Tally tally, Actor actor) {
        for (Objective gone : goneObjectives) {
            if (!gone.retired()) {
                objectives.delete(gone.id(), null, actor);
                tally.retired("objective");
            }
        }
        for (Perspective gone : gonePerspectives) {
            // A perspective holding retired objectives keeps their history; only an empty one is deleted.
            boolean holdsObjectives = objectives.list(new ObjectiveService.Filter(null, scorecard.id(), gone.id(), true),
                    new PageRequest(0, 1), Actor.system()).total() > 0;
            if (holdsObjectives) {
                tally.unchanged("perspective");
            } else {
                perspectives.delete(gone.id(), null, actor);
                tally.retired("perspective");
            }
        }
    }

    private long perspective(long scorecardId, Perspective current, PerspectiveSection p, int position, Tally tally,
                             Actor actor) {
        BigDecimal weight = p.weight() == null ? BigDecimal.ONE : Decimals.normalised(p.weight());
        String rollup = p.rollup() == null ? "weighted-average" : p.rollup().key();
        if (current == null) {
            tally.created("perspective");
            return perspectives.create(scorecardId, p.name(), position, weight, rollup, actor).id();
        }
        if (current.name().equals(p.name()) && current.position() == position
                && current.weight().compareTo(weight) == 0 && current.rollup().equals(rollup)) {
            tally.unchanged("perspective");
            return current.id();
        }
        tally.updated("perspective");
        return perspectives.update(current.id(), p.name(), position, weight, rollup, current.version(), actor).id();
    }

    private Objective objective(long scorecardId, long perspectiveId, Objective current, ObjectiveSection o,
                                int position, OrgUnit unit, Map<String, Long> ids, Tally tally, Actor actor) {
        List<Long> drivenBy = o.drivenBy().stream().map(c -> ids.get(key(c))).filter(Objects::nonNull).sorted().toList();
        Objective draft = new Objective(current == null ? 0 : current.id(), scorecardId, perspectiveId, o.code(),
                o.name() == null ? o.code() : o.name(), o.description(), o.owner(),
                o.weight() == null ? BigDecimal.ONE : Decimals.normalised(o.weight()),
                o.rollup() == null ? "weighted-average" : o.rollup().key(), position, alignedTo(unit, o, current, actor),
                current == null ? drivenBy : current.drivenBy(), false, current == null ? 0 : current.version());
        if (current == null) {
            tally.created("objective");
            return objectives.create(draft, actor);
        }
        Objective restored = current.retired() ? objectives.restore(current.id(), actor) : current;
        Objective comparable = draft.withDrivenBy(restored.drivenBy());
        if (comparable.equals(restored.withWeight(Decimals.normalised(restored.weight())).withRetired(false))
                && !current.retired()) {
            tally.unchanged("objective");
            return restored;
        }
        tally.updated("objective");
        return objectives.update(current.id(), draft.withDrivenBy(restored.drivenBy()).withVersion(restored.version()),
                actor);
    }

    /**
     * The objective of the parent unit's scorecards that {@code alignedTo} names, or null; only scorecards the
     * importer may read are searched, so that a hidden objective answers like a missing one.
     */
    private Long alignedTo(OrgUnit unit, ObjectiveSection o, Objective current, Actor actor) {
        if (o.alignedTo() == null) {
            return null;
        }
        if (current != null && current.alignedToId() != null && objectives.find(current.alignedToId())
                .filter(aligned -> Names.key(aligned.code()).equals(Names.key(o.alignedTo()))).isPresent()) {
            return current.alignedToId();
        }
        if (unit.parentId() != null) {
            for (Scorecard parent : Pages.all(page -> scorecards.list(unit.parentId(), page, actor))) {
                var found = objectives.findByCode(parent.id(), o.alignedTo());
                if (found.isPresent()) {
                    return found.get().id();
                }
            }
        }
        throw new InvalidInputException("objectives." + o.code() + ".alignedTo", "objective " + o.code()
                + " is aligned to '" + o.alignedTo() + "', which is no objective of a scorecard of the parent unit");
    }

    static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
