package dev.fourfold.webhook;

import dev.fourfold.scoring.Status;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The known statuses of KPIs per period ({@code kpi_status}, none where there is no row) and the queue of scorecard
 * periods to check ({@code status_check}), which writers only insert into and the watcher reads and deletes under
 * the lock of {@code status_watch}.
 */
@Repository
class StatusRepository {

    /** Queue rows deleted per statement. */
    private static final int CHUNK = 500;

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    StatusRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** A scorecard's period to check. */
    record Pair(long scorecardId, String period) {
    }

    /** A pair and the ids of the queue rows that asked for it. */
    record Queued(Pair pair, List<Long> ids) {
    }

    /** A KPI's status at a period as it is to be known from now on. */
    record Known(long kpiId, String period, Status status, @Nullable BigDecimal score) {
    }

    /**
     * Queues the pairs, in one batched statement; a pair of a scorecard that does not exist (an event made up by a
     * test, say) is left out rather than failing the write.
     */
    void queue(Collection<Pair> pairs, Instant now) {
        MapSqlParameterSource[] rows = pairs.stream().map(p -> new MapSqlParameterSource()
                .addValue("scorecard", p.scorecardId()).addValue("period", p.period())
                .addValue("now", Timestamp.from(now))).toArray(MapSqlParameterSource[]::new);
        batch.batchUpdate("insert into status_check (scorecard_id, period, queued_at) "
                + "select id, cast(:period as varchar(10)), cast(:now as timestamp with time zone) "
                + "from scorecard where id = :scorecard", rows);
    }

    /**
     * Queues every period of the scorecard that holds a value or a known status (a calculated KPI's, whose inputs
     * may hold their values in another scorecard), in one statement.
     */
    void queueAll(long scorecardId, Instant now) {
        jdbc.sql("insert into status_check (scorecard_id, period, queued_at) "
                        + "select s.id, p.period, cast(:now as timestamp with time zone) from scorecard s, ("
                        + "select v.period from actual_value v join kpi k on k.id = v.kpi_id where k.scorecard_id = :s "
                        + "union select t.period from kpi_status t join kpi k on k.id = t.kpi_id where k.scorecard_id = :s"
                        + ") p where s.id = :s")
                .param("s", scorecardId).param("now", Timestamp.from(now)).update();
    }

    boolean anyQueued() {
        return jdbc.sql("select id from status_check fetch first 1 rows only").query(Long.class).optional().isPresent();
    }

    /** Waits for and holds the watcher's lock until the transaction ends, so that one node checks at a time. */
    void lock() {
        jdbc.sql("select id from status_watch where id = 1 for update").query(Long.class).single();
    }

    /**
     * The oldest queued pairs, at most {@code pairs} of them, each with the ids of all its rows queued by now: a
     * pair queued by many writes (an import's chunks) is checked once for them all.
     */
    List<Queued> queued(int pairs) {
        List<Pair> oldest = jdbc.sql("select scorecard_id, period, min(id) first_id from status_check "
                        + "group by scorecard_id, period order by first_id fetch first " + Math.max(pairs, 1)
                        + " rows only")
                .query((rs, n) -> new Pair(rs.getLong("scorecard_id"), rs.getString("period"))).list();
        if (oldest.isEmpty()) {
            return List.of();
        }
        Map<Pair, List<Long>> found = new LinkedHashMap<>();
        oldest.forEach(p -> found.put(p, new ArrayList<>()));
        jdbc.sql("select id, scorecard_id, period from status_check where scorecard_id in (:cards) and period in "
                        + "(:periods)")
                .param("cards", oldest.stream().map(Pair::scorecardId).distinct().toList())
                .param("periods", oldest.stream().map(Pair::period).distinct().toList())
                .query(rs -> {
                    List<Long> ids = found.get(new Pair(rs.getLong("scorecard_id"), rs.getString("period")));
                    if (ids != null) {
                        ids.add(rs.getLong("id"));
                    }
                });
        return found.entrySet().stream().map(e -> new Queued(e.getKey(), List.copyOf(e.getValue()))).toList();
    }

    /** How many actual values the KPIs of a scorecard hold, all states. */
    long values(long scorecardId) {
        return jdbc.sql("select count(*) from actual_value v join kpi k on k.id = v.kpi_id where k.scorecard_id = :s")
                .param("s", scorecardId).query(Long.class).single();
    }

    /** Deletes exactly the queue rows that were read: rows queued meanwhile are for the next check. */
    void dequeue(List<Long> ids) {
        for (int from = 0; from < ids.size(); from += CHUNK) {
            jdbc.sql("delete from status_check where id in (:ids)")
                    .param("ids", ids.subList(from, Math.min(from + CHUNK, ids.size()))).update();
        }
    }

    /** The known statuses of the KPIs at a period, by KPI id; a KPI without one has none. */
    Map<Long, Status> known(Collection<Long> kpiIds, String period) {
        Map<Long, Status> known = new HashMap<>();
        if (kpiIds.isEmpty()) {
            return known;
        }
        jdbc.sql("select kpi_id, status from kpi_status where period = :period and kpi_id in (:ids)")
                .param("period", period).param("ids", kpiIds)
                .query(rs -> {
                    known.put(rs.getLong("kpi_id"), Status.fromKey(rs.getString("status")));
                });
        return known;
    }

    /** Replaces the known statuses of these KPIs and periods; a status of none removes the row. */
    void save(List<Known> statuses, Instant now) {
        batch.batchUpdate("delete from kpi_status where kpi_id = :kpi and period = :period", statuses.stream()
                .map(k -> new MapSqlParameterSource().addValue("kpi", k.kpiId()).addValue("period", k.period()))
                .toArray(MapSqlParameterSource[]::new));
        MapSqlParameterSource[] rows = statuses.stream().filter(k -> k.status() != Status.NONE)
                .map(k -> new MapSqlParameterSource().addValue("kpi", k.kpiId()).addValue("period", k.period())
                        .addValue("status", k.status().key()).addValue("score", k.score())
                        .addValue("now", Timestamp.from(now)))
                .toArray(MapSqlParameterSource[]::new);
        if (rows.length > 0) {
            batch.batchUpdate("insert into kpi_status (kpi_id, period, status, score, changed_at) "
                    + "values (:kpi, :period, :status, :score, :now)", rows);
        }
    }
}
