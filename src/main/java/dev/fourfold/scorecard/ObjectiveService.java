package dev.fourfold.scorecard;

import dev.fourfold.audit.ChangeLog;
import dev.fourfold.shared.Access;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.ConflictException;
import dev.fourfold.shared.Decimals;
import dev.fourfold.shared.NotFoundException;
import dev.fourfold.shared.PageRequest;
import dev.fourfold.shared.PageResponse;
import dev.fourfold.shared.Where;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Objectives and their strategy-map links. An objective that anything refers to (KPIs, initiatives) is retired
 * rather than deleted, so its history stays.
 */
@Service
public class ObjectiveService {

    private final JdbcClient jdbc;
    private final ChangeLog changeLog;
    private final Clock clock;
    private final ObjectiveRules rules;
    /** Looked up lazily: the modules that implement it depend on this service. */
    private final ObjectProvider<ObjectiveUsage> usages;
    private final Access access;

    ObjectiveService(JdbcClient jdbc, ChangeLog changeLog, Clock clock, ObjectiveRules rules,
                     ObjectProvider<ObjectiveUsage> usages, Access access) {
        this.access = access;
        this.jdbc = jdbc;
        this.changeLog = changeLog;
        this.clock = clock;
        this.rules = rules;
        this.usages = usages;
    }

    /** Filters of the objective list; every part is optional. */
    public record Filter(Long unitId, Long scorecardId, Long perspectiveId, boolean includeRetired) {
    }

    /** Objectives of the scorecards the actor may read. */
    public PageResponse<Objective> list(Filter filter, PageRequest page, Actor actor) {
        java.util.Set<Long> readable = access.readableScorecards(actor);
        if (readable != null && readable.isEmpty()) {
            return new PageResponse<>(List.of(), page.page(), page.size(), 0);
        }
        Where where = new Where().and("o.scorecard_id in (:readable)", "readable", readable);
        if (!filter.includeRetired()) {
            where.and("o.retired = false");
        }
        where.and("o.scorecard_id in (select id from scorecard where unit_id = :unit)", "unit", filter.unitId())
                .and("o.scorecard_id = :sc", "sc", filter.scorecardId())
                .and("o.perspective_id = :p", "p", filter.perspectiveId());
        long total = jdbc.sql("select count(*) from objective o" + where.sql()).params(where.params()).query(Long.class).single();
        List<Objective> items = jdbc.sql("""
                        select o.* from objective o join perspective p on p.id = o.perspective_id""" + where.sql()
                        + " order by o.scorecard_id, p.position, o.position, o.id limit :limit offset :offset")
                .params(where.params()).param("limit", page.size()).param("offset", page.offset())
                .query(this::row).list();
        return new PageResponse<>(withLinks(items), page.page(), page.size(), total);
    }

    /** Every active objective of a scorecard, in perspective and objective order. */
    public List<Objective> activeOfScorecard(long scorecardId) {
        return withLinks(jdbc.sql("""
                        select o.* from objective o join perspective p on p.id = o.perspective_id
                        where o.scorecard_id = :sc and o.retired = false order by p.position, o.position, o.id""")
                .param("sc", scorecardId).query(this::row).list());
    }

    public Objective get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("objective", id));
    }

    /** An objective of a scorecard the actor may read. */
    public Objective get(long id, Actor actor) {
        Objective o = get(id);
        access.requireRead(actor, o.scorecardId(), "objective", id);
        return o;
    }

    public Optional<Objective> find(long id) {
        return jdbc.sql("select * from objective where id = :id").param("id", id).query(this::row).optional()
                .map(o -> withLinks(List.of(o)).get(0));
    }

    public Optional<Objective> findByCode(long scorecardId, String code) {
        return jdbc.sql("select * from objective where scorecard_id = :sc and code_key = :key")
                .param("sc", scorecardId).param("key", Names.key(code)).query(this::row).optional()
                .map(o -> withLinks(List.of(o)).get(0));
    }

    @Transactional
    public Objective create(Objective draft, Actor actor) {
        // Permission first, so that someone who may not change the scorecard learns nothing from validation.
        jdbc.sql("select scorecard_id from perspective where id = :id").param("id", draft.perspectiveId())
                .query(Long.class).optional().filter(sc -> access.mayRead(actor, sc))
                .ifPresent(sc -> access.requireOwner(actor, sc));
        Objective o = rules.checked(null, draft, access.readableScorecards(actor), null);
        Timestamp now = Timestamp.from(clock.instant());
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into objective (scorecard_id, perspective_id, code, code_key, name, description, owner,
                          weight, rollup, position, aligned_to_id, created_at, updated_at)
                        values (:sc, :p, :code, :key, :name, :description, :owner, :weight, :rollup, :position,
                          :aligned, :now, :now)""")
                .params(params(o)).param("now", now).update(keys, "id");
        long id = keys.getKey().longValue();
        writeLinks(id, o.drivenBy());
        Objective created = get(id);
        changeLog.record(ChangeLog.created("objective", id, created.snapshot()).in(created.scorecardId()), actor);
        return created;
    }

    @Transactional
    public Objective update(long id, Objective draft, Actor actor) {
        Objective current = get(id);
        access.requireOwner(actor, current.scorecardId(), "objective", id);
        Objective o = rules.checked(id, draft, access.readableScorecards(actor), current.alignedToId());
        if (o.scorecardId() != current.scorecardId()) {
            throw new dev.fourfold.shared.InvalidInputException("perspectiveId", "perspective " + o.perspectiveId()
                    + " belongs to another scorecard; an objective can move between the perspectives of its own scorecard only");
        }
        int rows = jdbc.sql("""
                        update objective set scorecard_id = :sc, perspective_id = :p, code = :code, code_key = :key,
                          name = :name, description = :description, owner = :owner, weight = :weight, rollup = :rollup,
                          position = :position, aligned_to_id = :aligned, updated_at = :now, version = version + 1
                        where id = :id and version = :version""")
                .params(params(o)).param("now", Timestamp.from(clock.instant())).param("id", id)
                .param("version", draft.version()).update();
        if (rows == 0) {
            throw ConflictException.staleVersion("objective", id, draft.version(), current.version());
        }
        jdbc.sql("delete from objective_link where effect_id = :id").param("id", id).update();
        writeLinks(id, o.drivenBy());
        Objective updated = get(id);
        changeLog.record(ChangeLog.updated("objective", id, current.snapshot(), updated.snapshot()).in(current.scorecardId()), actor);
        return updated;
    }

    /** What happened to an objective asked to be deleted. */
    public enum Removal { DELETED, RETIRED }

    /**
     * Deletes an objective, or retires it when KPIs or initiatives (even retired ones) hang on it. Refused while
     * active KPIs or initiatives, or objectives of child units aligned to it, still refer to it.
     */
    @Transactional
    public Removal delete(long id, Long version, Actor actor) {
        Objective current = get(id);
        access.requireOwner(actor, current.scorecardId(), "objective", id);
        ConflictException.requireVersion("objective", id, version, current.version());
        List<String> refs = new ArrayList<>();
        usages.orderedStream().forEach(u -> refs.addAll(u.activeUses(id)));
        // Aligned objectives of scorecards the actor may not read are counted, not named.
        java.util.Set<Long> readable = access.readableScorecards(actor);
        List<Map.Entry<String, Long>> aligned = jdbc.sql("""
                        select code, scorecard_id from objective where aligned_to_id = :id and retired = false order by code_key""")
                .param("id", id).query((rs, n) -> Map.entry(rs.getString("code"), rs.getLong("scorecard_id"))).list();
        aligned.stream().filter(a -> readable == null || readable.contains(a.getValue()))
                .forEach(a -> refs.add("aligned objective " + a.getKey()));
        long hidden = aligned.stream().filter(a -> readable != null && !readable.contains(a.getValue())).count();
        if (hidden > 0) {
            refs.add(hidden == 1 ? "an aligned objective on a scorecard you cannot read"
                    : hidden + " aligned objectives on scorecards you cannot read");
        }
        if (!refs.isEmpty()) {
            throw ConflictException.referenced("Objective " + current.code(), refs);
        }
        if (usages.orderedStream().anyMatch(u -> u.hasAnyUse(id)) || isAlignedTarget(id)) {
            setRetired(current, true, actor);
            return Removal.RETIRED;
        }
        jdbc.sql("delete from objective_link where cause_id = :id or effect_id = :id").param("id", id).update();
        jdbc.sql("delete from objective where id = :id").param("id", id).update();
        changeLog.record(ChangeLog.deleted("objective", id, current.snapshot()).in(current.scorecardId()), actor);
        return Removal.DELETED;
    }

    /** Brings a retired objective back into current views. */
    @Transactional
    public Objective restore(long id, Actor actor) {
        Objective current = get(id);
        access.requireOwner(actor, current.scorecardId(), "objective", id);
        if (!current.retired()) {
            return current;
        }
        setRetired(current, false, actor);
        return get(id);
    }

    private boolean isAlignedTarget(long id) {
        return jdbc.sql("select count(*) from objective where aligned_to_id = :id").param("id", id).query(Long.class).single() > 0;
    }

    private void setRetired(Objective o, boolean retired, Actor actor) {
        jdbc.sql("update objective set retired = :r, updated_at = :now, version = version + 1 where id = :id")
                .param("r", retired).param("now", Timestamp.from(clock.instant())).param("id", o.id()).update();
        changeLog.record(ChangeLog.action("objective", o.id(), retired ? "retire" : "restore").in(o.scorecardId()), actor);
    }

    private void writeLinks(long effectId, List<Long> causes) {
        for (Long cause : causes.stream().distinct().toList()) {
            jdbc.sql("insert into objective_link (cause_id, effect_id) values (:c, :e)")
                    .param("c", cause).param("e", effectId).update();
        }
    }

    /** The objectives with their strategy-map links, read in one query for all of them. */
    private List<Objective> withLinks(List<Objective> objectives) {
        if (objectives.isEmpty()) {
            return objectives;
        }
        Map<Long, List<Long>> causes = new java.util.HashMap<>();
        jdbc.sql("select cause_id, effect_id from objective_link where effect_id in (:ids) order by cause_id")
                .param("ids", objectives.stream().map(Objective::id).toList())
                .query(rs -> {
                    causes.computeIfAbsent(rs.getLong("effect_id"), e -> new ArrayList<>()).add(rs.getLong("cause_id"));
                });
        return objectives.stream().map(o -> new Objective(o.id(), o.scorecardId(), o.perspectiveId(), o.code(), o.name(),
                o.description(), o.owner(), o.weight(), o.rollup(), o.position(), o.alignedToId(),
                causes.getOrDefault(o.id(), List.of()), o.retired(), o.version())).toList();
    }

    /** One objective row, without its links (see {@link #withLinks}). */
    private Objective row(ResultSet rs, int n) throws SQLException {
        return new Objective(rs.getLong("id"), rs.getLong("scorecard_id"), rs.getLong("perspective_id"), rs.getString("code"),
                rs.getString("name"), rs.getString("description"), rs.getString("owner"),
                Decimals.normalised(rs.getBigDecimal("weight")), rs.getString("rollup"), rs.getInt("position"),
                (Long) rs.getObject("aligned_to_id", Long.class), List.of(), rs.getBoolean("retired"), rs.getLong("version"));
    }

    private static Map<String, Object> params(Objective o) {
        Map<String, Object> p = new java.util.HashMap<>();
        p.put("sc", o.scorecardId());
        p.put("p", o.perspectiveId());
        p.put("code", o.code());
        p.put("key", Names.key(o.code()));
        p.put("name", o.name());
        p.put("description", o.description());
        p.put("owner", o.owner());
        p.put("weight", o.weight());
        p.put("rollup", o.rollup());
        p.put("position", o.position());
        p.put("aligned", o.alignedToId());
        return p;
    }
}
