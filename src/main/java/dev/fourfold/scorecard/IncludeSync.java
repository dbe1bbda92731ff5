package dev.fourfold.scorecard;

import dev.fourfold.audit.ChangeLog;
import dev.fourfold.scoring.Vocabulary;
import dev.fourfold.shared.Access;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.FieldProblem;
import dev.fourfold.shared.InvalidInputException;
import dev.fourfold.shared.Names;
import dev.fourfold.shared.NotFoundException;
import dev.fourfold.shared.ScorecardChanges;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings a scorecard's inclusions in line with a wanted list (a scorecard file's {@code includes:}), with the checks
 * and rights of {@link IncludeService}: a wanted inclusion that exists (same perspective or objective, child
 * scorecard and child perspective) keeps its id and takes the wanted weight, a new one is checked and made, and one
 * that is no longer wanted is removed. Inclusions of scorecards not shared with every reader of the scorecard are
 * withheld from its readers (and from its export), so they are kept unless wanted with another weight.
 */
@Service
public class IncludeSync {

    /**
     * What a replacement did, or would do, and the problems of each wanted inclusion (in the order given; an empty
     * list where it is fine). The caller rolls back when there is any problem.
     */
    public record Outcome(List<List<FieldProblem>> problems, int created, int updated, int removed, int unchanged) {

        public boolean hasProblems() {
            return problems.stream().anyMatch(p -> !p.isEmpty());
        }
    }

    private final IncludeService service;
    private final IncludeRepository includes;
    private final ScorecardRepository scorecards;
    private final ChangeLog changeLog;
    private final Access access;
    private final ScorecardChanges changes;

    IncludeSync(IncludeService service, IncludeRepository includes, ScorecardRepository scorecards, ChangeLog changeLog,
                Access access, ScorecardChanges changes) {
        this.service = service;
        this.includes = includes;
        this.scorecards = scorecards;
        this.changeLog = changeLog;
        this.access = access;
        this.changes = changes;
    }

    /**
     * Makes the inclusions of scorecard {@code scorecardId} those of {@code wanted}, each naming its child by
     * {@code childScorecardId} and its child perspective explicitly (null: the overall score).
     */
    @Transactional
    public Outcome replace(long scorecardId, List<IncludeService.Draft> wanted, Actor actor) {
        List<ScorecardInclude> existing = includes.ofScorecard(scorecardId);
        if (wanted.isEmpty() && existing.isEmpty()) {
            return new Outcome(List.of(), 0, 0, 0, 0);
        }
        access.requireOwner(actor, scorecardId);
        Scorecard parent = scorecards.find(scorecardId).orElseThrow(() -> new NotFoundException("scorecard", scorecardId));
        List<List<FieldProblem>> problems = new ArrayList<>();
        List<ScorecardInclude> matched = new ArrayList<>();
        for (IncludeService.Draft d : wanted) {
            problems.add(new ArrayList<>());
            matched.add(existing.stream().filter(e -> !matched.contains(e) && same(e, d)).findFirst().orElse(null));
        }
        Set<Long> shared = access.sharedWithReadersOf(scorecardId);
        int removed = 0;
        for (ScorecardInclude e : existing) {
            if (!matched.contains(e) && shared.contains(e.childScorecardId())) {
                service.remove(e, actor);
                removed++;
            }
        }
        int created = 0;
        int updated = 0;
        for (int i = 0; i < wanted.size(); i++) {
            IncludeService.Draft d = wanted.get(i);
            ScorecardInclude current = matched.get(i);
            if (current == null) {
                created += create(parent, d, actor, problems.get(i)) ? 1 : 0;
            } else if (current.weight().compareTo(d.weight()) != 0) {
                updated += updateWeight(current, d, actor, problems.get(i)) ? 1 : 0;
            }
        }
        if (created + updated + removed > 0) {
            changes.changed(scorecardId);
        }
        int unchanged = (int) matched.stream().filter(Objects::nonNull).count() - updated;
        return new Outcome(problems, created, updated, removed, unchanged);
    }

    private boolean create(Scorecard parent, IncludeService.Draft d, Actor actor, List<FieldProblem> problems) {
        try {
            service.insert(parent, d, actor);
            return true;
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
            return false;
        }
    }

    private boolean updateWeight(ScorecardInclude current, IncludeService.Draft d, Actor actor,
                                 List<FieldProblem> problems) {
        List<FieldProblem> found = new ArrayList<>();
        Vocabulary.checkWeight(found, "weight", d.weight());
        if (!found.isEmpty()) {
            problems.addAll(found);
            return false;
        }
        includes.updateWeight(current.id(), d.weight());
        ScorecardInclude after = includes.find(current.id()).orElseThrow();
        changeLog.record(ChangeLog.updated("include", current.id(), current.snapshot(), after.snapshot())
                .in(current.scorecardId()), actor);
        return true;
    }

    private static boolean same(ScorecardInclude e, IncludeService.Draft d) {
        return Objects.equals(e.perspectiveId(), d.perspectiveId()) && Objects.equals(e.objectiveId(), d.objectiveId())
                && d.childScorecardId() != null && e.childScorecardId() == d.childScorecardId()
                && Objects.equals(key(e.childPerspective()), key(d.childPerspective()));
    }

    private static String key(String name) {
        return name == null ? null : Names.key(name);
    }
}
