package dev.fourfold.connector;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A connector as an administrator writes it.
 *
 * @param password       a password to store encrypted; null or empty keeps the stored one (or none)
 * @param passwordEnv    the name of an environment variable that holds the password instead
 * @param timeoutSeconds the statement timeout of each query (default 30)
 * @param queries        the per-KPI queries, by KPI code
 */
public record ConnectorDraft(String name, String jdbcUrl, @Nullable String username, @Nullable String passwordEnv,
                             @Nullable String password, String cron, @Nullable Boolean active,
                             @Nullable String batchQuery, @Nullable Integer timeoutSeconds, @Nullable List<QueryDraft> queries) {

    /** The query of one KPI, named by its code. */
    public record QueryDraft(String kpiCode, String sql) {
    }
}
