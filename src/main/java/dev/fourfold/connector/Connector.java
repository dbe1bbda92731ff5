package dev.fourfold.connector;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A named external database that values are read from: its JDBC URL and account, where its password comes from
 * (never the password itself), its schedule, and its queries: one per KPI returning one number for a period, and
 * optionally one for many KPIs returning {@code (kpi_code, period, value)} rows.
 *
 * @param passwordStored whether an encrypted password is stored (the password is never shown)
 * @param createdBy      the administrator whose authority the connector records values with
 */
public record Connector(long id, String name, String jdbcUrl, @Nullable String username, @Nullable String passwordEnv,
                        boolean passwordStored, String cron, boolean active, @Nullable String batchQuery,
                        int timeoutSeconds, String createdBy, Instant createdAt, List<KpiQuery> queries) {

    /** A query of one KPI: one number for the period between {@code :periodStart} and {@code :periodEnd}. */
    public record KpiQuery(long kpiId, String kpiCode, String sql) {
    }
}
