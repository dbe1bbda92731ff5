package dev.fourfold.kpi;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Period locks of scorecards, each with the months it spans and the snapshot taken when it was locked. */
@Repository
class PeriodLockRepository {

    private static final RowMapper<PeriodLock> ROW = (rs, n) -> new PeriodLock(rs.getLong("id"), rs.getLong("scorecard_id"),
            rs.getString("period"), rs.getString("locked_by"), rs.getTimestamp("locked_at").toInstant(), rs.getString("snapshot"));

    /** The columns of a lock without its snapshot, which can be large; read it with {@link #snapshot}. */
    private static final String WITHOUT_SNAPSHOT = "id, scorecard_id, period, locked_by, locked_at, null as snapshot";

    private final JdbcClient jdbc;

    PeriodLockRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The scorecard's locks in the order of their first month, without snapshots. */
    List<PeriodLock> inPeriodOrder(long scorecardId) {
        return jdbc.sql("select " + WITHOUT_SNAPSHOT + " from period_lock where scorecard_id = :sc order by first_month")
                .param("sc", scorecardId).query(ROW).list();
    }

    /** The scorecard's locks in the order they were taken, without snapshots. */
    List<PeriodLock> inLockOrder(long scorecardId) {
        return jdbc.sql("select " + WITHOUT_SNAPSHOT + " from period_lock where scorecard_id = :sc order by locked_at, id")
                .param("sc", scorecardId).query(ROW).list();
    }

    /** The lock of exactly this period, with its snapshot. */
    Optional<PeriodLock> find(long scorecardId, String period) {
        return jdbc.sql("select * from period_lock where scorecard_id = :sc and period = :p")
                .param("sc", scorecardId).param("p", period).query(ROW).optional();
    }

    String snapshot(long lockId) {
        return jdbc.sql("select snapshot from period_lock where id = :id").param("id", lockId).query(String.class).single();
    }

    /** A lock to insert: the period, its first and last month in the organisation's fiscal year, who and when. */
    record NewLock(long scorecardId, String period, YearMonth first, YearMonth last, String lockedBy, Instant lockedAt,
                   String snapshot) {
    }

    void insert(NewLock lock) {
        jdbc.sql("""
                        insert into period_lock (scorecard_id, period, first_month, last_month, locked_by, locked_at, snapshot)
                        values (:sc, :p, :first, :last, :by, :at, :snap)""")
                .param("sc", lock.scorecardId()).param("p", lock.period()).param("first", Date.valueOf(lock.first().atDay(1)))
                .param("last", Date.valueOf(lock.last().atDay(1))).param("by", lock.lockedBy())
                .param("at", Timestamp.from(lock.lockedAt())).param("snap", lock.snapshot()).update();
    }

    void delete(long lockId) {
        jdbc.sql("delete from period_lock where id = :id").param("id", lockId).update();
    }

    /** The months a lock spans, with its period and who took it, for messages. */
    record Window(String period, String lockedBy, YearMonth first, YearMonth last) {
    }

    /** The months every lock of the scorecard spans. */
    List<Window> windows(long scorecardId) {
        return jdbc.sql("select period, locked_by, first_month, last_month from period_lock where scorecard_id = :sc")
                .param("sc", scorecardId)
                .query((rs, n) -> new Window(rs.getString("period"), rs.getString("locked_by"),
                        YearMonth.from(rs.getDate("first_month").toLocalDate()), YearMonth.from(rs.getDate("last_month").toLocalDate())))
                .list();
    }
}
