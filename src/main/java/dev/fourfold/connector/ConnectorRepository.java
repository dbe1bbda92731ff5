package dev.fourfold.connector;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class ConnectorRepository {

    private static final String COLUMNS = "id, name, jdbc_url, username, password_env, password_secret, cron, active, "
            + "batch_query, timeout_seconds, created_by, created_at";
    private static final String RUN_COLUMNS = "id, connector_id, run_trigger, slot, started_at, finished_at, status, "
            + "created_count, updated_count, unchanged_count, error, run_by";

    private final JdbcClient jdbc;

    ConnectorRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The fields a connector is stored with; the secret is the encrypted password. */
    record Fields(String name, String jdbcUrl, @Nullable String username, @Nullable String passwordEnv,
                  @Nullable String secret, String cron, boolean active, @Nullable String batchQuery, int timeoutSeconds) {
    }

    List<Connector> all() {
        return jdbc.sql("select " + COLUMNS + " from connector order by name_key").query((rs, n) -> connector(rs)).list();
    }

    Optional<Connector> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from connector where id = :id").param("id", id)
                .query((rs, n) -> connector(rs)).optional();
    }

    Optional<String> secret(long id) {
        return jdbc.sql("select password_secret from connector where id = :id and password_secret is not null")
                .param("id", id).query(String.class).optional();
    }

    boolean nameTaken(String name, long exceptId) {
        return jdbc.sql("select count(*) from connector where name_key = :key and id <> :id")
                .param("key", key(name)).param("id", exceptId).query(Long.class).single() > 0;
    }

    long insert(Fields f, String createdBy, Instant at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into connector (name, name_key, jdbc_url, username, password_env, password_secret, cron, active, "
                        + "batch_query, timeout_seconds, created_by, created_at) values (:name, :key, :url, :user, :env, "
                        + ":secret, :cron, :active, :batch, :timeout, :by, :at)")
                .params(params(f)).param("by", createdBy).param("at", Timestamp.from(at)).update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    void update(long id, Fields f) {
        jdbc.sql("update connector set name = :name, name_key = :key, jdbc_url = :url, username = :user, "
                        + "password_env = :env, password_secret = :secret, cron = :cron, active = :active, "
                        + "batch_query = :batch, timeout_seconds = :timeout where id = :id")
                .params(params(f)).param("id", id).update();
    }

    private static java.util.Map<String, Object> params(Fields f) {
        java.util.Map<String, Object> p = new java.util.HashMap<>();
        p.put("name", f.name());
        p.put("key", key(f.name()));
        p.put("url", f.jdbcUrl());
        p.put("user", f.username());
        p.put("env", f.passwordEnv());
        p.put("secret", f.secret());
        p.put("cron", f.cron());
        p.put("active", f.active());
        p.put("batch", f.batchQuery());
        p.put("timeout", f.timeoutSeconds());
        return p;
    }

    void replaceQueries(long connectorId, List<Connector.KpiQuery> queries) {
        jdbc.sql("delete from connector_query where connector_id = :id").param("id", connectorId).update();
        for (Connector.KpiQuery q : queries) {
            jdbc.sql("insert into connector_query (connector_id, kpi_id, sql_text) values (:c, :k, :sql)")
                    .param("c", connectorId).param("k", q.kpiId()).param("sql", q.sql()).update();
        }
    }

    boolean delete(long id) {
        return jdbc.sql("delete from connector where id = :id").param("id", id).update() == 1;
    }

    /** Starts a run; a scheduled run whose slot has a run already fails on the unique key. */
    long startRun(long connectorId, String trigger, @Nullable Instant slot, Instant at, String by) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into connector_run (connector_id, run_trigger, slot, started_at, status, created_count, "
                        + "updated_count, unchanged_count, run_by) values (:c, :trigger, :slot, :at, 'running', 0, 0, 0, :by)")
                .param("c", connectorId).param("trigger", trigger).param("slot", slot == null ? null : Timestamp.from(slot))
                .param("at", Timestamp.from(at)).param("by", by).update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    void finishRun(long id, String status, int created, int updated, int unchanged, @Nullable String error, Instant at) {
        jdbc.sql("update connector_run set status = :status, created_count = :created, updated_count = :updated, "
                        + "unchanged_count = :unchanged, error = :error, finished_at = :at where id = :id")
                .param("status", status).param("created", created).param("updated", updated)
                .param("unchanged", unchanged).param("error", error == null ? null : truncated(error))
                .param("at", Timestamp.from(at)).param("id", id).update();
    }

    Optional<ConnectorRun> run(long id) {
        return jdbc.sql("select " + RUN_COLUMNS + " from connector_run where id = :id").param("id", id)
                .query(this::runRow).optional();
    }

    List<ConnectorRun> runs(long connectorId, int limit) {
        return jdbc.sql("select " + RUN_COLUMNS + " from connector_run where connector_id = :c "
                        + "order by started_at desc, id desc fetch first " + Math.max(1, Math.min(limit, 500)) + " rows only")
                .param("c", connectorId).query(this::runRow).list();
    }

    boolean slotRun(long connectorId, Instant slot) {
        return jdbc.sql("select count(*) from connector_run where connector_id = :c and slot = :slot")
                .param("c", connectorId).param("slot", Timestamp.from(slot)).query(Long.class).single() > 0;
    }

    Optional<Instant> lastSlot(long connectorId) {
        return jdbc.sql("select max(slot) from connector_run where connector_id = :c").param("c", connectorId)
                .query((rs, n) -> rs.getTimestamp(1)).optional().map(Timestamp::toInstant);
    }

    private static String truncated(String error) {
        return error.length() <= 2000 ? error : error.substring(0, 1997) + "...";
    }

    static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    private Connector connector(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        List<Connector.KpiQuery> queries = jdbc.sql("select q.kpi_id, k.code, q.sql_text from connector_query q "
                        + "join kpi k on k.id = q.kpi_id where q.connector_id = :id order by k.code")
                .param("id", id).query((r, i) -> new Connector.KpiQuery(r.getLong(1), r.getString(2), r.getString(3)))
                .list();
        return new Connector(id, rs.getString("name"), rs.getString("jdbc_url"), rs.getString("username"),
                rs.getString("password_env"), rs.getString("password_secret") != null, rs.getString("cron"),
                rs.getBoolean("active"), rs.getString("batch_query"), rs.getInt("timeout_seconds"),
                rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(), queries);
    }

    private ConnectorRun runRow(ResultSet rs, int n) throws SQLException {
        Timestamp slot = rs.getTimestamp("slot");
        Timestamp finished = rs.getTimestamp("finished_at");
        return new ConnectorRun(rs.getLong("id"), rs.getLong("connector_id"), rs.getString("run_trigger"),
                slot == null ? null : slot.toInstant(), rs.getTimestamp("started_at").toInstant(),
                finished == null ? null : finished.toInstant(), rs.getString("status"), rs.getInt("created_count"),
                rs.getInt("updated_count"), rs.getInt("unchanged_count"), rs.getString("error"), rs.getString("run_by"));
    }
}
