package dev.fourfold.webhook;

import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How webhooks are delivered.
 *
 * @param allowedHosts          hosts receivers may be on ({@code hooks.example.com}, {@code *.example.com}); empty: any
 * @param allowPrivateAddresses whether receivers may resolve to loopback, private, link-local or other internal
 *                              addresses
 * @param pollInterval          how often a node looks for deliveries that are due
 * @param batchSize             deliveries a node sends per poll at most
 * @param maxAttempts           attempts before a delivery is given up as failed
 * @param firstRetry            the wait after the first failed attempt; it doubles with every further one
 * @param maxRetry              the longest wait between attempts
 * @param connectTimeout        the longest wait for a connection
 * @param readTimeout           the longest wait for the receiver's answer
 * @param valuesPerDelivery     values (or targets) in one delivery at most; a larger write is sent in parts
 * @param statusInterval        how often a node checks the queued periods for changed KPI statuses
 * @param statusMaxValues       the most actual values a scorecard may hold for its statuses to be watched: checking
 *                              one evaluates its whole model, whose building takes memory in proportion (about 500
 *                              bytes a value); a larger scorecard's periods are dropped from the queue with a warning
 */
@ConfigurationProperties("fourfold.webhooks")
record WebhookProperties(@Nullable List<String> allowedHosts, @DefaultValue("false") boolean allowPrivateAddresses,
                         @DefaultValue("5s") Duration pollInterval, @DefaultValue("20") int batchSize,
                         @DefaultValue("10") int maxAttempts, @DefaultValue("1m") Duration firstRetry,
                         @DefaultValue("6h") Duration maxRetry, @DefaultValue("5s") Duration connectTimeout,
                         @DefaultValue("10s") Duration readTimeout, @DefaultValue("1000") int valuesPerDelivery,
                         @DefaultValue("2s") Duration statusInterval,
                         @DefaultValue("200000") long statusMaxValues) {

    WebhookProperties {
        allowedHosts = allowedHosts == null ? List.of()
                : allowedHosts.stream().map(String::strip).filter(h -> !h.isEmpty()).toList();
    }

    /** The defaults, as a server without any {@code fourfold.webhooks} setting has them. */
    static WebhookProperties defaults() {
        return new WebhookProperties(List.of(), false, Duration.ofSeconds(5), 20, 10, Duration.ofMinutes(1),
                Duration.ofHours(6), Duration.ofSeconds(5), Duration.ofSeconds(10), 1000, Duration.ofSeconds(2), 200_000);
    }
}
