package dev.fourfold.connector;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the SQL connectors.
 *
 * @param allowH2  whether connectors may read H2 databases (tests and demos only; never in the postgres profile)
 * @param maxRows  the most rows one query may return; more are refused
 * @param key      the key that encrypts stored passwords; empty means the environment variable
 *                 {@code FOURFOLD_CONNECTOR_KEY}, and without either no password can be stored
 * @param schedule whether this node runs connectors on their schedules
 */
@ConfigurationProperties("fourfold.connectors")
record ConnectorProperties(@DefaultValue("false") boolean allowH2, @DefaultValue("10000") int maxRows,
                           @Nullable String key, @DefaultValue("true") boolean schedule) {
}
