package dev.fourfold.scorecard;

import dev.fourfold.audit.ChangeLog;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Perspectives of a scorecard: renamable, reorderable, weighted. */
@Service
public class PerspectiveService {

    private static final RowMapper<Perspective> ROW = (rs, n) -> new Perspective(rs.getLong("id"),
            rs.getLong("scorecard_id"), rs.getString("name"), rs.getInt("position"),
            Decimals.normalised(rs.getBigDecimal("weight")), rs.getString("rollup"), rs.getLong("version"));

    private final JdbcClient jdbc;
    private final ChangeLog changeLog;
    private final Access access;

    PerspectiveService(JdbcClient jdbc, ChangeLog changeLog, Access access) {
        this.jdbc = jdbc;
        this.changeLog = changeLog;
        this.access = access;
    }

    /** Perspectives of the scorecards the actor may read, optionally of one scorecard. */
    public PageResponse<Perspective> list(Long scorecardId, PageRequest page, Actor actor) {
        Set<Long> readable = access.readableScorecards(actor);
        if (readable != null && readable.isEmpty()) {
            return new PageResponse<>(List.of(), page.page(), page.size(), 0);
        }
        Where where = new Where().and("scorecard_id = :sc", "sc", scorecardId)
                .and("scorecard_id in (:readable)", "readable", readable);
        long total = jdbc.sql("select count(*) from perspective" + where.sql()).params(where.params()).query(Long.class).single();
        List<Perspective> items = jdbc.sql("select * from perspective" + where.sql()
                        + " order by scorecard_id, position, id limit :limit offset :offset")
                .params(where.params()).param("limit", page.size()).param("offset", page.offset()).query(ROW).list();
        return new PageResponse<>(items, page.page(), page.size(), total);
    }

    /** All perspectives of a scorecard in their order. */
    public List<Perspective> listOf(long scorecardId) {
        return jdbc.sql("select * from perspective where scorecard_id = :sc order by position, id")
                .param("sc", scorecardId).query(ROW).list();
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
        return jdbc.sql("select * from perspective where id = :id").param("id", id).query(ROW).optional();
    }

    /** Adds a perspective; a null position places it last. */
    @Transactional
    public Perspective create(long scorecardId, String name, Integer position, BigDecimal weight, String rollup, Actor actor) {
        // A scorecard the actor may not read is answered by validation exactly like one that does not exist.
        boolean visible = access.mayRead(actor, scorecardId);
        if (visible) {
            access.requireOwner(actor, scorecardId);
        }
        int pos = position != null ? position
                : jdbc.sql("select coalesce(max(position), 0) + 1 from perspective where scorecard_id = :sc")
                .param("sc", scorecardId).query(Integer.class).single();
        Perspective draft = new Perspective(0, scorecardId, name, pos, weight == null ? BigDecimal.ONE : weight,
                rollup == null ? "weighted-average" : rollup, 0);
        validate(null, draft, visible);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into perspective (scorecard_id, name, name_key, position, weight, rollup)
                        values (:sc, :name, :key, :position, :weight, :rollup)""")
                .param("sc", scorecardId).param("name", name.strip()).param("key", Names.key(name))
                .param("position", pos).param("weight", draft.weight()).param("rollup", draft.rollup())
                .update(keys, "id");
        Perspective created = get(keys.getKey().longValue());
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
        int rows = jdbc.sql("""
                        update perspective set name = :name, name_key = :key, position = :position, weight = :weight,
                          rollup = :rollup, version = version + 1 where id = :id and version = :version""")
                .param("name", name.strip()).param("key", Names.key(name)).param("position", draft.position())
                .param("weight", draft.weight()).param("rollup", draft.rollup()).param("id", id).param("version", version)
                .update();
        if (rows == 0) {
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
        List<String> refs = jdbc.sql("select code, retired from objective where perspective_id = :id order by code_key")
                .param("id", id)
                .query((rs, n) -> "objective " + rs.getString("code") + (rs.getBoolean("retired") ? " (retired)" : ""))
                .list();
        if (!refs.isEmpty()) {
            throw ConflictException.referenced("Perspective '" + current.name() + "'", refs);
        }
        jdbc.sql("delete from perspective where id = :id").param("id", id).update();
        changeLog.record(ChangeLog.deleted("perspective", id, current.snapshot()).in(current.scorecardId()), actor);
    }

    private void validate(Long id, Perspective p, boolean visible) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!visible || jdbc.sql("select count(*) from scorecard where id = :id").param("id", p.scorecardId()).query(Long.class).single() == 0) {
            problems.add(new FieldProblem("scorecardId", "there is no scorecard with id " + p.scorecardId()));
        }
        Names.require(problems, "name", p.name(), 200);
        Vocabulary.checkWeight(problems, "weight", p.weight());
        Vocabulary.checkRollup(problems, "rollup", p.rollup());
        if (p.name() != null && !p.name().isBlank()) {
            jdbc.sql("select id from perspective where scorecard_id = :sc and name_key = :key")
                    .param("sc", p.scorecardId()).param("key", Names.key(p.name())).query(Long.class).optional()
                    .filter(other -> id == null || other != id.longValue())
                    .ifPresent(other -> problems.add(new FieldProblem("name", "the scorecard has a perspective named '"
                            + p.name().strip() + "' already (id " + other + ")")));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
