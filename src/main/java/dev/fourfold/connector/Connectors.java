package dev.fourfold.connector;

import dev.fourfold.measurement.ActualService;
import dev.fourfold.shared.Access;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.BatchResult;
import dev.fourfold.shared.ChangeSource;
import dev.fourfold.shared.ConflictException;
import dev.fourfold.shared.FieldProblem;
import dev.fourfold.shared.ForbiddenException;
import dev.fourfold.shared.InvalidInputException;
import dev.fourfold.shared.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The SQL connectors, for administrators: define them, test what they would record, run them now, and read their
 * runs. A run reads the connector's queries and records every value in one batch of {@link ActualService#recordAll}
 * with the source {@code connector}: all or nothing, in the change log like any other write. It records with the
 * authority of the administrator who created the connector, checked again at every run, so a connector whose
 * creator is no longer an administrator fails and writes nothing.
 */
@Service
public class Connectors {

    private final ConnectorRepository connectors;
    private final ConnectorDrafts drafts;
    private final ConnectorReads reads;
    private final ConnectorTrial trial;
    private final ActualService actuals;
    private final Access access;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Connectors(ConnectorRepository connectors, ConnectorDrafts drafts, ConnectorReads reads, ConnectorTrial trial,
               ActualService actuals, Access access, TransactionTemplate transactions, Clock clock) {
        this.connectors = connectors;
        this.drafts = drafts;
        this.reads = reads;
        this.trial = trial;
        this.actuals = actuals;
        this.access = access;
        this.transactions = transactions;
        this.clock = clock;
    }

    public List<Connector> list(Actor actor) {
        access.requireAdmin(actor);
        return connectors.all();
    }

    public Connector get(long id, Actor actor) {
        access.requireAdmin(actor);
        return connectors.find(id).orElseThrow(() -> new NotFoundException("connector", id));
    }

    public Connector create(ConnectorDraft draft, Actor actor) {
        access.requireAdmin(actor);
        ConnectorDrafts.Checked checked = drafts.check(draft, 0, null, clock.getZone());
        long id = saved(() -> transactions.execute(s -> {
            long created = connectors.insert(checked.fields(), actor.name(), clock.instant());
            connectors.replaceQueries(created, checked.queries());
            return created;
        }));
        return connectors.find(id).orElseThrow();
    }

    public Connector update(long id, ConnectorDraft draft, Actor actor) {
        get(id, actor);
        ConnectorDrafts.Checked checked = drafts.check(draft, id, connectors.secret(id).orElse(null), clock.getZone());
        saved(() -> transactions.execute(s -> {
            connectors.update(id, checked.fields());
            connectors.replaceQueries(id, checked.queries());
            return id;
        }));
        return connectors.find(id).orElseThrow();
    }

    public void delete(long id, Actor actor) {
        get(id, actor);
        connectors.delete(id);
    }

    public List<ConnectorRun> runs(long id, Actor actor, int limit) {
        get(id, actor);
        return connectors.runs(id, limit);
    }

    /** What a run would record now, without writing anything. */
    public ConnectorTest test(long id, Actor actor) {
        Connector c = get(id, actor);
        ConnectorReads.Reading reading = reads.read(c, today(clock.instant()));
        return trial.of(reading, owner(c));
    }

    /** Runs the connector now; the run is recorded whether it succeeds or not. */
    public ConnectorRun run(long id, Actor actor) {
        Connector c = get(id, actor);
        Instant now = clock.instant();
        return execute(c, ConnectorRun.MANUAL, null, now, actor.name());
    }

    /** Runs a scheduled slot unless some node ran it already; empty when it was. */
    java.util.Optional<ConnectorRun> runSlot(Connector c, Instant slot, Instant now) {
        if (connectors.slotRun(c.id(), slot)) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(execute(c, ConnectorRun.SCHEDULE, slot, now, "schedule"));
        } catch (DataIntegrityViolationException e) {
            return java.util.Optional.empty(); // another node started this slot a moment before
        }
    }

    private ConnectorRun execute(Connector c, String trigger, @Nullable Instant slot, Instant now, String by) {
        long run = connectors.startRun(c.id(), trigger, slot, now, by);
        try {
            Actor owner = owner(c);
            if (!access.isAdmin(owner)) {
                throw new ForbiddenException("the connector's creator " + c.createdBy()
                        + " is no longer an administrator: an administrator must save the connector again");
            }
            ConnectorReads.Reading reading = reads.read(c, today(now));
            if (!reading.problems().isEmpty()) {
                throw new InvalidInputException(reading.problems());
            }
            BatchResult result = reading.items().isEmpty() ? new BatchResult(0, 0, 0)
                    : actuals.recordAll(reading.items(), owner);
            connectors.finishRun(run, "ok", result.created(), result.updated(), result.unchanged(), null, clock.instant());
        } catch (InvalidInputException e) {
            connectors.finishRun(run, "failed", 0, 0, 0, e.problems().stream()
                    .map(p -> p.field() + ": " + p.message()).collect(Collectors.joining("; ")), clock.instant());
        } catch (ForbiddenException | ConflictException | NotFoundException e) {
            connectors.finishRun(run, "failed", 0, 0, 0, e.getMessage(), clock.instant());
        } catch (RuntimeException e) {
            connectors.finishRun(run, "failed", 0, 0, 0, "failed unexpectedly: " + e, clock.instant());
        }
        return connectors.run(run).orElseThrow();
    }

    /** Who a connector records as: its creator, through the channel {@code connector}. */
    private static Actor owner(Connector c) {
        return Actor.user(c.createdBy(), ChangeSource.CONNECTOR);
    }

    private LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, clock.getZone());
    }

    private static long saved(java.util.function.Supplier<@Nullable Long> write) {
        try {
            Long id = write.get();
            return id == null ? 0 : id;
        } catch (DataIntegrityViolationException e) {
            throw new InvalidInputException(List.of(new FieldProblem("name", "is taken by another connector")));
        }
    }
}
