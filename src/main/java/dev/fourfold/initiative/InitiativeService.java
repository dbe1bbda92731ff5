package dev.fourfold.initiative;

import dev.fourfold.shared.Visibility;
import dev.fourfold.audit.ChangeLog;
import dev.fourfold.shared.Names;
import dev.fourfold.scorecard.ObjectiveService;
import dev.fourfold.scorecard.ObjectiveUsage;
import dev.fourfold.shared.Access;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.ConflictException;
import dev.fourfold.shared.Decimals;
import dev.fourfold.shared.FieldProblem;
import dev.fourfold.shared.InvalidInputException;
import dev.fourfold.shared.NotFoundException;
import dev.fourfold.shared.PageRequest;
import dev.fourfold.shared.PageResponse;
import dev.fourfold.shared.Where;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Initiatives of objectives. */
@Service
public class InitiativeService implements ObjectiveUsage {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final RowMapper<Initiative> ROW = (rs, n) -> new Initiative(rs.getLong("id"), rs.getLong("objective_id"),
            rs.getString("name"), rs.getString("description"), rs.getString("owner"),
            rs.getDate("start_date") == null ? null : rs.getDate("start_date").toLocalDate(),
            rs.getDate("end_date") == null ? null : rs.getDate("end_date").toLocalDate(),
            Decimals.normalised(rs.getBigDecimal("budget")), Decimals.normalised(rs.getBigDecimal("percent_complete")),
            rs.getString("status"), rs.getLong("version"));

    private final JdbcClient jdbc;
    private final ChangeLog changeLog;
    private final Clock clock;
    private final ObjectiveService objectives;
    private final Access access;

    InitiativeService(JdbcClient jdbc, ChangeLog changeLog, Clock clock, ObjectiveService objectives, Access access) {
        this.access = access;
        this.jdbc = jdbc;
        this.changeLog = changeLog;
        this.clock = clock;
        this.objectives = objectives;
    }

    /** Filters of the initiative list. */
    public record Filter(Long scorecardId, Long objectiveId) {
    }

    /** Initiatives of the scorecards the actor may read. */
    public PageResponse<Initiative> list(Filter f, PageRequest page, Actor actor) {
        Visibility readable = access.readableScorecards(actor);
        if (readable.isNone()) {
            return new PageResponse<>(List.of(), page.page(), page.size(), 0);
        }
        Where where = new Where()
                .visible("o.scorecard_id", "readable", readable)
                .and("i.objective_id = :o", "o", f.objectiveId())
                .and("o.scorecard_id = :sc", "sc", f.scorecardId());
        String from = " from initiative i join objective o on o.id = i.objective_id";
        long total = jdbc.sql("select count(*)" + from + where.sql()).params(where.params()).query(Long.class).single();
        return new PageResponse<>(jdbc.sql("select i.*" + from + where.sql() + " order by i.objective_id, i.id limit :limit offset :offset")
                .params(where.params()).param("limit", page.size()).param("offset", page.offset()).query(ROW).list(),
                page.page(), page.size(), total);
    }

    public Initiative get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("initiative", id));
    }

    /** An initiative of a scorecard the actor may read. */
    public Initiative get(long id, Actor actor) {
        Initiative i = get(id);
        access.requireRead(actor, scorecardOf(i), "initiative", id);
        return i;
    }

    private long scorecardOf(Initiative i) {
        return objectives.get(i.objectiveId()).scorecardId();
    }

    public Optional<Initiative> find(long id) {
        return jdbc.sql("select * from initiative where id = :id").param("id", id).query(ROW).optional();
    }

    @Transactional
    public Initiative create(Initiative draft, Actor actor) {
        // Permission first, so that someone who may not change the scorecard learns nothing from validation.
        // An objective the actor may not read is answered by validation exactly like one that does not exist.
        objectives.find(draft.objectiveId()).filter(o -> access.mayRead(actor, o.scorecardId()))
                .ifPresent(o -> access.requireOwner(actor, o.scorecardId()));
        Initiative i = checked(draft, actor);
        Timestamp now = Timestamp.from(clock.instant());
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into initiative (objective_id, name, description, owner, start_date, end_date, budget,
                          percent_complete, status, created_at, updated_at)
                        values (:o, :name, :description, :owner, :start, :end, :budget, :pct, :status, :now, :now)""")
                .params(params(i)).param("now", now).update(keys, "id");
        Initiative created = get(keys.getKey().longValue());
        changeLog.record(ChangeLog.created("initiative", created.id(), created.snapshot()).in(scorecardOf(created)), actor);
        return created;
    }

    @Transactional
    public Initiative update(long id, Initiative draft, Actor actor) {
        Initiative current = get(id);
        access.requireOwner(actor, scorecardOf(current), "initiative", id);
        Initiative i = checked(draft, actor);
        access.requireOwner(actor, scorecardOf(i));
        int rows = jdbc.sql("""
                        update initiative set objective_id = :o, name = :name, description = :description, owner = :owner,
                          start_date = :start, end_date = :end, budget = :budget, percent_complete = :pct,
                          status = :status, updated_at = :now, version = version + 1
                        where id = :id and version = :version""")
                .params(params(i)).param("now", Timestamp.from(clock.instant())).param("id", id)
                .param("version", draft.version()).update();
        if (rows == 0) {
            throw ConflictException.staleVersion("initiative", id, draft.version(), current.version());
        }
        Initiative updated = get(id);
        changeLog.record(ChangeLog.updated("initiative", id, current.snapshot(), updated.snapshot()).in(scorecardOf(updated)), actor);
        return updated;
    }

    @Transactional
    public void delete(long id, Long version, Actor actor) {
        Initiative current = get(id);
        access.requireOwner(actor, scorecardOf(current), "initiative", id);
        ConflictException.requireVersion("initiative", id, version, current.version());
        jdbc.sql("delete from initiative where id = :id").param("id", id).update();
        changeLog.record(ChangeLog.deleted("initiative", id, current.snapshot()).in(scorecardOf(current)), actor);
    }

    @Override
    public List<String> activeUses(long objectiveId) {
        return jdbc.sql("""
                        select name from initiative where objective_id = :o and status not in ('completed', 'cancelled')
                        order by id""").param("o", objectiveId).query(String.class).list()
                .stream().map(name -> "initiative '" + name + "'").toList();
    }

    @Override
    public boolean hasAnyUse(long objectiveId) {
        return jdbc.sql("select count(*) from initiative where objective_id = :o").param("o", objectiveId)
                .query(Long.class).single() > 0;
    }

    private Initiative checked(Initiative i, Actor actor) {
        List<FieldProblem> problems = new ArrayList<>();
        objectives.find(i.objectiveId()).filter(o -> access.mayRead(actor, o.scorecardId())).ifPresentOrElse(o -> {
            if (o.retired()) {
                problems.add(new FieldProblem("objectiveId", "objective " + o.code() + " is retired"));
            }
        }, () -> problems.add(new FieldProblem("objectiveId", "there is no objective with id " + i.objectiveId())));
        Names.require(problems, "name", i.name(), 200);
        Names.limit(problems, "description", i.description(), 4000);
        Names.limit(problems, "owner", i.owner(), 200);
        if (i.start() != null && i.end() != null && i.end().isBefore(i.start())) {
            problems.add(new FieldProblem("end", "must not be before start (" + i.start() + ")"));
        }
        Decimals.check(problems, "budget", i.budget());
        if (i.budget() != null && i.budget().signum() < 0) {
            problems.add(new FieldProblem("budget", "must not be negative"));
        }
        BigDecimal pct = i.percentComplete() == null ? BigDecimal.ZERO : i.percentComplete();
        if (pct.signum() < 0 || pct.compareTo(HUNDRED) > 0) {
            problems.add(new FieldProblem("percentComplete", "must be between 0 and 100, was " + pct.toPlainString()));
        } else {
            Decimals.check(problems, "percentComplete", pct);
        }
        String status = i.status() == null ? "not-started" : i.status();
        if (!Initiative.STATUSES.contains(status)) {
            problems.add(new FieldProblem("status", "must be one of " + Initiative.STATUSES + ", was '" + status + "'"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Initiative(i.id(), i.objectiveId(), i.name().strip(), Names.clean(i.description()), Names.clean(i.owner()),
                i.start(), i.end(), i.budget(), pct, status, i.version());
    }

    private static Map<String, Object> params(Initiative i) {
        Map<String, Object> p = new HashMap<>();
        p.put("o", i.objectiveId());
        p.put("name", i.name());
        p.put("description", i.description());
        p.put("owner", i.owner());
        p.put("start", i.start() == null ? null : Date.valueOf(i.start()));
        p.put("end", i.end() == null ? null : Date.valueOf(i.end()));
        p.put("budget", i.budget());
        p.put("pct", i.percentComplete());
        p.put("status", i.status());
        return p;
    }
}
