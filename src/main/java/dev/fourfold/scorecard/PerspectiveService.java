package dev.fourfold.scorecard;

import dev.fourfold.audit.ChangeLog;
import dev.fourfold.scoring.Vocabulary;
import dev.fourfold.shared.Access;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.ConflictException;
import dev.fourfold.shared.FieldProblem;
import dev.fourfold.shared.InvalidInputException;
import dev.fourfold.shared.Names;
import dev.fourfold.shared.NotFoundException;
import dev.fourfold.shared.PageRequest;
import dev.fourfold.shared.PageResponse;
import dev.fourfold.shared.ScorecardChanges;
import dev.fourfold.shared.Visibility;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Perspectives of a scorecard: renamable, reorderable, weighted. */
@Service
public class PerspectiveService {

    private final PerspectiveRepository perspectives;
    private final ChangeLog changeLog;
    private final Access access;
    private final ScorecardChanges changes;

    PerspectiveService(PerspectiveRepository perspectives, ChangeLog changeLog, Access access,
                       ScorecardChanges changes) {
        this.changes = changes;
        this.perspectives = perspectives;
        this.changeLog = changeLog;
        this.access = access;
    }

    /** Perspectives of the scorecards the actor may read, optionally of one scorecard. */
    public PageResponse<Perspective> list(Long scorecardId, PageRequest page, Actor actor) {
        Visibility readable = access.readableScorecards(actor);
        if (readable.isNone()) {
            return new PageResponse<>(List.of(), page.page(), page.size(), 0);
        }
        return perspectives.list(scorecardId, readable, page);
    }

    /** All perspectives of a scorecard in their order. */
    public List<Perspective> listOf(long scorecardId) {
        return perspectives.listOf(scorecardId);
    }

    public Perspective get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("perspective", id));
    }

    /** A perspective of a scorecard the actor may read. */
    public Perspective get(long id, Actor actor) {
        Perspective p = get(id);
        access.requireRead(actor, p.scorecardId(), "perspective", id);
        return p;
    }

    public Optional<Perspective> find(long id) {
        return perspectives.find(id);
    }

    /** Adds a perspective; a null position places it last. */
    @Transactional
    public Perspective create(long scorecardId, String name, Integer position, BigDecimal weight, String rollup, Actor actor) {
        // A scorecard the actor may not read is answered by validation exactly like one that does not exist.
        boolean visible = access.mayRead(actor, scorecardId);
        if (visible) {
            access.requireOwner(actor, scorecardId);
        }
        int pos = position != null ? position : perspectives.nextPosition(scorecardId);
        Perspective draft = new Perspective(0, scorecardId, name, pos, weight == null ? BigDecimal.ONE : weight,
                rollup == null ? "weighted-average" : rollup, 0);
        validate(null, draft, visible);
        changes.changed(scorecardId);
        Perspective created = get(perspectives.insert(draft));
        changeLog.record(ChangeLog.created("perspective", created.id(), created.snapshot()).in(scorecardId), actor);
        return created;
    }

    /** Renames, reorders or reweighs a perspective; it stays in its scorecard. */
    @Transactional
    public Perspective update(long id, String name, Integer position, BigDecimal weight, String rollup, long version, Actor actor) {
        Perspective current = get(id);
        access.requireOwner(actor, current.scorecardId(), "perspective", id);
        Perspective draft = new Perspective(id, current.scorecardId(), name,
                position == null ? current.position() : position, weight == null ? BigDecimal.ONE : weight,
                rollup == null ? "weighted-average" : rollup, version);
        validate(id, draft, true);
        changes.changed(current.scorecardId());
        if (!perspectives.update(draft, version)) {
            throw ConflictException.staleVersion("perspective", id, version, current.version());
        }
        Perspective updated = get(id);
        changeLog.record(ChangeLog.updated("perspective", id, current.snapshot(), updated.snapshot()).in(current.scorecardId()), actor);
        return updated;
    }

    /** Deletes a perspective that holds no objectives, retired ones included. */
    @Transactional
    public void delete(long id, Long version, Actor actor) {
        Perspective current = get(id);
        access.requireOwner(actor, current.scorecardId(), "perspective", id);
        ConflictException.requireVersion("perspective", id, version, current.version());
        List<String> refs = perspectives.objectivesOf(id).stream()
                .map(o -> "objective " + o.getKey() + (o.getValue() ? " (retired)" : "")).toList();
        if (!refs.isEmpty()) {
            throw ConflictException.referenced("Perspective '" + current.name() + "'", refs);
        }
        changes.changed(current.scorecardId());
        perspectives.delete(id);
        changeLog.record(ChangeLog.deleted("perspective", id, current.snapshot()).in(current.scorecardId()), actor);
    }

    private void validate(Long id, Perspective p, boolean visible) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!visible || !perspectives.scorecardExists(p.scorecardId())) {
            problems.add(new FieldProblem("scorecardId", "there is no scorecard with id " + p.scorecardId()));
        }
        Names.require(problems, "name", p.name(), 200);
        Vocabulary.checkWeight(problems, "weight", p.weight());
        Vocabulary.checkRollup(problems, "rollup", p.rollup());
        if (p.name() != null && !p.name().isBlank()) {
            perspectives.idByName(p.scorecardId(), p.name())
                    .filter(other -> id == null || other != id.longValue())
                    .ifPresent(other -> problems.add(new FieldProblem("name", "the scorecard has a perspective named '"
                            + p.name().strip() + "' already (id " + other + ")")));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
