package dev.fourfold.evaluation;

import dev.fourfold.shared.Visibility;
import dev.fourfold.shared.Where;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * When the inputs of the BI feed's facts last changed: a read model of the tables of {@code scorecard} (scorecards,
 * units, perspectives and objectives by their change times), {@code kpi} (definitions, formula inputs, targets and
 * their revisions) and {@code measurement} (values and their revisions). It reads them directly because a pull asks
 * for the change times of every value of a scorecard's KPIs at once, which no module's service answers, and it
 * only reads. Each time is when a row was written; a deletion leaves a revision with its time.
 */
@Repository
public class FactChanges {

    /** Before every change the tables can hold. */
    private static final OffsetDateTime NEVER = OffsetDateTime.of(1900, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    private final JdbcClient jdbc;

    FactChanges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A scorecard with its unit, changed when either record last changed. */
    public record Card(long id, long unitId, String unit, String name, Instant changedAt) {
    }

    /** A KPI's definition, changed when it, its objective or its perspective last changed. */
    public record Definition(long kpiId, Instant changedAt) {
    }

    /** A formula of {@code kpiId} reads {@code inputId}, a KPI of {@code inputScorecardId}; {@code lagged} through {@code prev}. */
    public record Input(long kpiId, long inputId, long inputScorecardId, boolean lagged) {
    }

    /** The latest change of a value or a planned figure (target, budget, stretch) of a KPI at a period. */
    public record Change(long kpiId, String period, Instant at) {
    }

    /** The scorecards the filters and the visibility leave, by id. */
    public List<Card> scorecards(@Nullable Long unitId, @Nullable Long scorecardId, Visibility readable) {
        Where where = new Where().and("s.unit_id = :unit", "unit", unitId).and("s.id = :card", "card", scorecardId)
                .visible("s.id", "readable", readable);
        return jdbc.sql("select s.id, s.unit_id, u.name unit_name, s.name, s.updated_at, u.updated_at unit_updated_at"
                        + " from scorecard s join org_unit u on u.id = s.unit_id" + where.sql() + " order by s.id")
                .params(where.params())
                .query((rs, n) -> new Card(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("unit_name"),
                        rs.getString("name"), latest(instant(rs.getObject("updated_at", OffsetDateTime.class)),
                        instant(rs.getObject("unit_updated_at", OffsetDateTime.class)))))
                .list();
    }

    /** When the organisation's settings (fiscal year, scale) last changed; {@link Instant#MIN} if never. */
    public Instant settingsChanged() {
        return jdbc.sql("select max(changed_at) from change_log where entity = 'organisation' and entity_id = 1")
                .query((rs, n) -> instant(rs.getObject(1, OffsetDateTime.class))).single();
    }

    /** The definitions of the KPIs. */
    public Map<Long, Instant> definitions(Collection<Long> kpiIds) {
        Map<Long, Instant> changed = new HashMap<>();
        if (kpiIds.isEmpty()) {
            return changed;
        }
        Map<Long, Long> perspectives = new HashMap<>();
        jdbc.sql("select k.id, k.updated_at, o.updated_at objective_updated_at, o.perspective_id from kpi k"
                        + " join objective o on o.id = k.objective_id where k.id in (:ids)").param("ids", kpiIds)
                .query((rs, n) -> {
                    changed.put(rs.getLong("id"), latest(instant(rs.getObject("updated_at", OffsetDateTime.class)),
                            instant(rs.getObject("objective_updated_at", OffsetDateTime.class))));
                    return perspectives.put(rs.getLong("id"), rs.getLong("perspective_id"));
                }).list();
        Map<Long, Instant> renamed = new HashMap<>();
        if (!perspectives.isEmpty()) {
            jdbc.sql("select entity_id, max(changed_at) from change_log where entity = 'perspective'"
                            + " and entity_id in (:ids) group by entity_id").param("ids", perspectives.values())
                    .query((rs, n) -> renamed.put(rs.getLong(1), instant(rs.getObject(2, OffsetDateTime.class))))
                    .list();
        }
        perspectives.forEach((kpi, perspective) -> changed.merge(kpi, renamed.getOrDefault(perspective, Instant.MIN),
                FactChanges::latest));
        return changed;
    }

    /** What the formulas of the KPIs read. */
    public List<Input> inputs(Collection<Long> kpiIds) {
        if (kpiIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select i.kpi_id, i.input_kpi_id, k.scorecard_id, i.lagged from kpi_formula_input i"
                        + " join kpi k on k.id = i.input_kpi_id where i.kpi_id in (:ids)")
                .param("ids", kpiIds)
                .query((rs, n) -> new Input(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getBoolean(4))).list();
    }

    /** The latest change per KPI and period after {@code since} (every change without it). */
    public List<Change> changes(Collection<Long> kpiIds, @Nullable Instant since) {
        if (kpiIds.isEmpty()) {
            return List.of();
        }
        OffsetDateTime after = since == null ? NEVER : since.atOffset(ZoneOffset.UTC);
        return jdbc.sql("""
                        select kpi_id, period, max(at) from (
                          select kpi_id, period, entered_at at from actual_value where kpi_id in (:ids) and entered_at > :since
                          union all
                          select kpi_id, period, changed_at from actual_revision where kpi_id in (:ids) and changed_at > :since
                          union all
                          select kpi_id, period, set_at from target where kpi_id in (:ids) and set_at > :since
                          union all
                          select kpi_id, period, set_at from target_revision where kpi_id in (:ids) and set_at > :since
                        ) c group by kpi_id, period""")
                .param("ids", kpiIds).param("since", after)
                .query((rs, n) -> new Change(rs.getLong(1), rs.getString(2), instant(rs.getObject(3, OffsetDateTime.class))))
                .list();
    }

    private static Instant instant(@Nullable OffsetDateTime time) {
        return time == null ? Instant.MIN : time.toInstant();
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
