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
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Scorecards: creating one also creates the four default perspectives. */
@Service
public class ScorecardService {

    private static final RowMapper<Scorecard> ROW = (rs, n) -> new Scorecard(rs.getLong("id"), rs.getLong("unit_id"),
            rs.getString("name"), rs.getString("vision"), rs.getString("method"),
            Decimals.normalised(rs.getBigDecimal("band_amber")), Decimals.normalised(rs.getBigDecimal("band_green")),
            Decimals.normalised(rs.getBigDecimal("band_blue")), Decimals.normalised(rs.getBigDecimal("cap_low")),
            Decimals.normalised(rs.getBigDecimal("cap_high")), rs.getString("missing_policy"), rs.getString("rollup"),
            rs.getBoolean("requires_approval"), rs.getLong("version"));

    private final JdbcClient jdbc;
    private final ChangeLog changeLog;
    private final Clock clock;
    private final UnitService units;
    private final OrganisationService organisation;
    private final PerspectiveService perspectives;
    private final Access access;

    ScorecardService(JdbcClient jdbc, ChangeLog changeLog, Clock clock, UnitService units,
                     OrganisationService organisation, PerspectiveService perspectives, Access access) {
        this.access = access;
        this.jdbc = jdbc;
        this.changeLog = changeLog;
        this.clock = clock;
        this.units = units;
        this.organisation = organisation;
        this.perspectives = perspectives;
    }

    /** The scorecards the actor may read, optionally of one unit. */
    public PageResponse<Scorecard> list(Long unitId, PageRequest page, Actor actor) {
        Set<Long> readable = access.readableScorecards(actor);
        if (readable != null && readable.isEmpty()) {
            return new PageResponse<>(List.of(), page.page(), page.size(), 0);
        }
        Where where = new Where().and("unit_id = :unit", "unit", unitId).and("id in (:readable)", "readable", readable);
        long total = jdbc.sql("select count(*) from scorecard" + where.sql()).params(where.params()).query(Long.class).single();
        List<Scorecard> items = jdbc.sql("select * from scorecard" + where.sql() + " order by name_key, id limit :limit offset :offset")
                .params(where.params()).param("limit", page.size()).param("offset", page.offset()).query(ROW).list();
        return new PageResponse<>(items, page.page(), page.size(), total);
    }

    public Scorecard get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("scorecard", id));
    }

    /** A scorecard the actor may read. */
    public Scorecard get(long id, Actor actor) {
        Scorecard s = get(id);
        access.requireRead(actor, id);
        return s;
    }

    public Optional<Scorecard> find(long id) {
        return jdbc.sql("select * from scorecard where id = :id").param("id", id).query(ROW).optional();
    }

    public Optional<Scorecard> findByUnitAndName(long unitId, String name) {
        return jdbc.sql("select * from scorecard where unit_id = :unit and name_key = :key")
                .param("unit", unitId).param("key", Names.key(name)).query(ROW).optional();
    }

    /** The scorecard of that unit and name if the actor may read it; one they may not read is as absent as none. */
    public Optional<Scorecard> findByUnitAndName(long unitId, String name, Actor actor) {
        return findByUnitAndName(unitId, name).filter(s -> access.mayRead(actor, s.id()));
    }

    /**
     * Creates a scorecard with the four default perspectives. Method, missing policy and roll-up left null take
     * the defaults; bands left null mean the scale's default bands (percent 80/100, ten exactly 10/3 and 20/3).
     */
    @Transactional
    public Scorecard create(Scorecard draft, Actor actor) {
        // A unit the actor may not see is answered by validation exactly like one that does not exist.
        boolean visible = visibleUnit(draft.unitId(), actor);
        if (visible) {
            access.requireUnitOwner(actor, draft.unitId());
        }
        Scorecard s = withDefaults(draft);
        validate(null, s, visible, actor);
        Timestamp now = Timestamp.from(clock.instant());
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into scorecard (unit_id, name, name_key, vision, method, band_amber, band_green, band_blue,
                          cap_low, cap_high, missing_policy, rollup, requires_approval, created_at, updated_at)
                        values (:unit, :name, :key, :vision, :method, :amber, :green, :blue, :capLow, :capHigh, :missing,
                          :rollup, :approval, :now, :now)""")
                .params(params(s)).param("now", now).update(keys, "id");
        Scorecard created = get(keys.getKey().longValue());
        changeLog.record(ChangeLog.created("scorecard", created.id(), created.snapshot()).in(created.id()), actor);
        for (String name : Perspective.DEFAULTS) {
            perspectives.create(created.id(), name, null, BigDecimal.ONE, "weighted-average", actor);
        }
        return created;
    }

    @Transactional
    public Scorecard update(long id, Scorecard draft, Actor actor) {
        Scorecard current = get(id);
        access.requireOwner(actor, id);
        boolean visible = draft.unitId() == current.unitId() || visibleUnit(draft.unitId(), actor);
        if (draft.unitId() != current.unitId() && visible) {
            access.requireUnitOwner(actor, draft.unitId());
        }
        Scorecard s = withDefaults(draft);
        validate(id, s, visible, actor);
        int rows = jdbc.sql("""
                        update scorecard set unit_id = :unit, name = :name, name_key = :key, vision = :vision,
                          method = :method, band_amber = :amber, band_green = :green, band_blue = :blue,
                          cap_low = :capLow, cap_high = :capHigh, missing_policy = :missing, rollup = :rollup,
                          requires_approval = :approval, updated_at = :now, version = version + 1
                        where id = :id and version = :version""")
                .params(params(s)).param("now", Timestamp.from(clock.instant())).param("id", id)
                .param("version", draft.version()).update();
        if (rows == 0) {
            throw ConflictException.staleVersion("scorecard", id, draft.version(), current.version());
        }
        Scorecard updated = get(id);
        changeLog.record(ChangeLog.updated("scorecard", id, current.snapshot(), updated.snapshot()).in(id), actor);
        return updated;
    }

    /** Deletes a scorecard whose perspectives hold no objectives (its perspectives go with it). */
    @Transactional
    public void delete(long id, Long version, Actor actor) {
        Scorecard current = get(id);
        access.requireOwner(actor, id);
        ConflictException.requireVersion("scorecard", id, version, current.version());
        List<String> refs = jdbc.sql("""
                        select o.code, o.retired from objective o where o.scorecard_id = :id order by o.code_key""")
                .param("id", id)
                .query((rs, n) -> "objective " + rs.getString("code") + (rs.getBoolean("retired") ? " (retired)" : ""))
                .list();
        if (!refs.isEmpty()) {
            throw ConflictException.referenced("Scorecard '" + current.name() + "'", refs);
        }
        for (Perspective p : perspectives.listOf(id)) {
            perspectives.delete(p.id(), null, actor);
        }
        jdbc.sql("delete from scorecard where id = :id").param("id", id).update();
        changeLog.record(ChangeLog.deleted("scorecard", id, current.snapshot()).in(id), actor);
    }

    private Scorecard withDefaults(Scorecard s) {
        return new Scorecard(s.id(), s.unitId(), s.name(), Names.clean(s.vision()),
                s.method() == null ? Vocabulary.defaultMethod(organisation.get().scale()) : s.method(),
                s.bandAmber(), s.bandGreen(), s.bandBlue(), s.capLow(), s.capHigh(),
                s.missing() == null ? "ignore" : s.missing(),
                s.rollup() == null ? "weighted-average" : s.rollup(), s.requiresApproval(), s.version());
    }

    private boolean visibleUnit(long unitId, Actor actor) {
        Set<Long> readable = access.readableUnits(actor);
        return units.find(unitId).isPresent() && (readable == null || readable.contains(unitId));
    }

    private void validate(Long id, Scorecard s, boolean visibleUnit, Actor actor) {
        List<FieldProblem> problems = new ArrayList<>();
        Names.require(problems, "name", s.name(), 200);
        Names.limit(problems, "vision", s.vision(), 2000);
        if (!visibleUnit || units.find(s.unitId()).isEmpty()) {
            problems.add(new FieldProblem("unitId", "there is no unit with id " + s.unitId()));
        } else if (s.name() != null && !s.name().isBlank()) {
            findByUnitAndName(s.unitId(), s.name()).filter(o -> id == null || o.id() != id).ifPresent(o ->
                    problems.add(new FieldProblem("name", "the unit has a scorecard named '" + o.name() + "' already"
                            + (access.mayRead(actor, o.id()) ? " (id " + o.id() + ")" : ""))));
        }
        String scale = organisation.get().scale();
        Vocabulary.checkMethod(problems, "method", s.method(), scale);
        Vocabulary.checkBands(problems, s.bandAmber(), s.bandGreen(), s.bandBlue());
        Vocabulary.checkCap(problems, s.capLow(), s.capHigh());
        Vocabulary.checkMissing(problems, "missing", s.missing());
        Vocabulary.checkRollup(problems, "rollup", s.rollup());
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static Map<String, Object> params(Scorecard s) {
        Map<String, Object> p = new java.util.HashMap<>();
        p.put("unit", s.unitId());
        p.put("name", s.name().strip());
        p.put("key", Names.key(s.name()));
        p.put("vision", s.vision());
        p.put("method", s.method());
        p.put("amber", s.bandAmber());
        p.put("green", s.bandGreen());
        p.put("blue", s.bandBlue());
        p.put("capLow", s.capLow());
        p.put("capHigh", s.capHigh());
        p.put("missing", s.missing());
        p.put("rollup", s.rollup());
        p.put("approval", s.requiresApproval());
        return p;
    }
}
