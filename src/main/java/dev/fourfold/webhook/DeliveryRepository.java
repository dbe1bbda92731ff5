package dev.fourfold.webhook;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The outbox of deliveries. Several nodes may poll it: a node sends a delivery only after claiming it with one
 * conditional update (pending, due, and not claimed by a node whose claim still runs), which at most one node wins.
 */
@Repository
class DeliveryRepository {

    private static final String COLUMNS = "id, subscription_id, event_id, event, status, attempts, created_at, "
            + "next_attempt_at, last_attempt_at, last_status, last_response, last_error, delivered_at";
    static final int RESPONSE_CHARS = 2048;

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    DeliveryRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** A delivery to write: to whom, which event, and the body to send. */
    record NewDelivery(long subscriptionId, String eventId, String event, String payload) {
    }

    /** A delivery due to be sent, with what sending needs. */
    record Due(long id, long subscriptionId, String eventId, String event, String payload, int attempts, String url,
               String secret) {
    }

    /** What an attempt ended with. */
    record Attempt(String status, int attempts, Instant at, @Nullable Instant next, @Nullable Integer httpStatus,
                   @Nullable String response, @Nullable String error) {
    }

    void insertAll(List<NewDelivery> deliveries, Instant now) {
        MapSqlParameterSource[] rows = deliveries.stream().map(d -> new MapSqlParameterSource()
                .addValue("subscription", d.subscriptionId()).addValue("eventId", d.eventId())
                .addValue("event", d.event()).addValue("payload", d.payload()).addValue("now", Timestamp.from(now)))
                .toArray(MapSqlParameterSource[]::new);
        batch.batchUpdate("insert into webhook_delivery (subscription_id, event_id, event, payload, status, attempts, "
                + "next_attempt_at, created_at) values (:subscription, :eventId, :event, :payload, 'pending', 0, :now, :now)",
                rows);
    }

    /** The deliveries of active subscriptions that are due and not claimed, oldest first. */
    List<Due> due(Instant now, int limit) {
        return jdbc.sql("select d.id, d.subscription_id, d.event_id, d.event, d.payload, d.attempts, s.url, s.secret "
                        + "from webhook_delivery d join webhook_subscription s on s.id = d.subscription_id "
                        + "where d.status = 'pending' and d.next_attempt_at <= :now and s.active = true "
                        + "and (d.claimed_until is null or d.claimed_until < :now) "
                        + "order by d.next_attempt_at, d.id fetch first " + Math.max(limit, 1) + " rows only")
                .param("now", Timestamp.from(now))
                .query((rs, row) -> new Due(rs.getLong("id"), rs.getLong("subscription_id"), rs.getString("event_id"),
                        rs.getString("event"), rs.getString("payload"), rs.getInt("attempts"), rs.getString("url"),
                        rs.getString("secret")))
                .list();
    }

    /** Claims a delivery for one node until {@code until}; false when another node holds or finished it. */
    boolean claim(long id, String claim, Instant now, Instant until) {
        return jdbc.sql("update webhook_delivery set claim = :claim, claimed_until = :until where id = :id "
                        + "and status = 'pending' and next_attempt_at <= :now "
                        + "and (claimed_until is null or claimed_until < :now)")
                .param("claim", claim).param("until", Timestamp.from(until)).param("id", id)
                .param("now", Timestamp.from(now)).update() == 1;
    }

    /** Records an attempt of a claimed delivery and releases the claim. */
    void record(long id, String claim, Attempt a) {
        jdbc.sql("update webhook_delivery set status = :status, attempts = :attempts, last_attempt_at = :at, "
                        + "next_attempt_at = :next, last_status = :httpStatus, last_response = :response, "
                        + "last_error = :error, delivered_at = :delivered, claim = null, claimed_until = null "
                        + "where id = :id and claim = :claim")
                .param("status", a.status()).param("attempts", a.attempts()).param("at", Timestamp.from(a.at()))
                .param("next", Timestamp.from(a.next() != null ? a.next() : a.at()))
                .param("httpStatus", a.httpStatus()).param("response", cut(a.response(), RESPONSE_CHARS))
                .param("error", cut(a.error(), 500))
                .param("delivered", "delivered".equals(a.status()) ? Timestamp.from(a.at()) : null)
                .param("id", id).param("claim", claim).update();
    }

    /** The newest deliveries of a subscription. */
    List<WebhookDelivery> of(long subscriptionId, int limit) {
        return jdbc.sql("select " + COLUMNS + " from webhook_delivery where subscription_id = :s order by id desc "
                        + "fetch first " + Math.max(limit, 1) + " rows only")
                .param("s", subscriptionId).query(DeliveryRepository::map).list();
    }

    private static WebhookDelivery map(ResultSet rs, int row) throws SQLException {
        String status = rs.getString("status");
        int code = rs.getInt("last_status");
        Integer lastStatus = rs.wasNull() ? null : code;
        return new WebhookDelivery(rs.getLong("id"), rs.getLong("subscription_id"), rs.getString("event_id"),
                rs.getString("event"), status, rs.getInt("attempts"), rs.getTimestamp("created_at").toInstant(),
                "pending".equals(status) ? instant(rs.getTimestamp("next_attempt_at")) : null,
                instant(rs.getTimestamp("last_attempt_at")), lastStatus, rs.getString("last_response"),
                rs.getString("last_error"), instant(rs.getTimestamp("delivered_at")));
    }

    private static @Nullable Instant instant(@Nullable Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    static @Nullable String cut(@Nullable String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
