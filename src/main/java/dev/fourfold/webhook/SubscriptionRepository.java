package dev.fourfold.webhook;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table of subscriptions. */
@Repository
class SubscriptionRepository {

    private static final String COLUMNS = "id, url, events, scorecard_id, active, description, version, created_by, created_at";

    private final JdbcClient jdbc;

    SubscriptionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A subscription's settings as saved. */
    record Draft(String url, List<String> events, @Nullable Long scorecardId, boolean active,
                 @Nullable String description) {
    }

    List<WebhookSubscription> all() {
        return jdbc.sql("select " + COLUMNS + " from webhook_subscription order by id").query(this::map).list();
    }

    List<WebhookSubscription> active() {
        return jdbc.sql("select " + COLUMNS + " from webhook_subscription where active = true order by id")
                .query(this::map).list();
    }

    Optional<WebhookSubscription> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from webhook_subscription where id = :id").param("id", id)
                .query(this::map).optional();
    }

    Optional<String> secret(long id) {
        return jdbc.sql("select secret from webhook_subscription where id = :id").param("id", id)
                .query(String.class).optional();
    }

    long insert(Draft d, String secret, String by, Instant at) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("insert into webhook_subscription (url, events, scorecard_id, secret, active, description, version, "
                        + "created_by, created_at) values (:url, :events, :scorecard, :secret, :active, :description, 0, "
                        + ":by, :at)")
                .param("url", d.url()).param("events", String.join(",", d.events())).param("scorecard", d.scorecardId())
                .param("secret", secret).param("active", d.active()).param("description", d.description())
                .param("by", by).param("at", Timestamp.from(at)).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** Saves the settings if the version is still the one given; false when it is not. */
    boolean update(long id, Draft d, long version) {
        return jdbc.sql("update webhook_subscription set url = :url, events = :events, scorecard_id = :scorecard, "
                        + "active = :active, description = :description, version = version + 1 "
                        + "where id = :id and version = :version")
                .param("url", d.url()).param("events", String.join(",", d.events())).param("scorecard", d.scorecardId())
                .param("active", d.active()).param("description", d.description()).param("id", id)
                .param("version", version).update() == 1;
    }

    /** Replaces the secret, leaving the settings and their version as they are; false when there is no such row. */
    boolean replaceSecret(long id, String secret) {
        return jdbc.sql("update webhook_subscription set secret = :secret where id = :id").param("secret", secret)
                .param("id", id).update() == 1;
    }

    void delete(long id) {
        jdbc.sql("delete from webhook_subscription where id = :id").param("id", id).update();
    }

    private WebhookSubscription map(ResultSet rs, int row) throws SQLException {
        long scorecard = rs.getLong("scorecard_id");
        Long scorecardId = rs.wasNull() ? null : scorecard;
        List<String> events = Arrays.stream(rs.getString("events").split(",")).filter(e -> !e.isEmpty()).toList();
        return new WebhookSubscription(rs.getLong("id"), rs.getString("url"), events, scorecardId, rs.getBoolean("active"),
                rs.getString("description"), rs.getLong("version"), rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant());
    }
}
