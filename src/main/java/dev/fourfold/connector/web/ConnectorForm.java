package dev.fourfold.connector.web;

import dev.fourfold.connector.Connector;
import dev.fourfold.connector.ConnectorDraft;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A connector's form as typed: its fields and its KPI queries as rows of a code and an SQL text. Rows left empty
 * are dropped; two empty rows are always offered for new queries.
 */
record ConnectorForm(String name, String jdbcUrl, String username, String passwordEnv, boolean passwordStored,
                     String cron, boolean active, String batchQuery, String timeoutSeconds, List<Query> queries) {

    static final int NEW_ROWS = 2;

    /** A KPI query row of the form. */
    record Query(String kpiCode, String sql) {
    }

    static ConnectorForm empty() {
        return new ConnectorForm("", "jdbc:postgresql://", "", "", false, "0 0 6 * * *", true, "", "30", blanks(List.of()));
    }

    static ConnectorForm of(Connector c) {
        return new ConnectorForm(c.name(), c.jdbcUrl(), text(c.username()), text(c.passwordEnv()), c.passwordStored(),
                c.cron(), c.active(), text(c.batchQuery()), String.valueOf(c.timeoutSeconds()),
                blanks(c.queries().stream().map(q -> new Query(q.kpiCode(), q.sql())).toList()));
    }

    static ConnectorForm typed(String name, String jdbcUrl, String username, String passwordEnv, boolean passwordStored,
                               String cron, boolean active, String batchQuery, String timeoutSeconds,
                               @Nullable List<String> codes, @Nullable List<String> sqls) {
        List<Query> queries = new ArrayList<>();
        int rows = Math.max(codes == null ? 0 : codes.size(), sqls == null ? 0 : sqls.size());
        for (int i = 0; i < rows; i++) {
            String code = codes != null && i < codes.size() ? codes.get(i).strip() : "";
            String sql = sqls != null && i < sqls.size() ? sqls.get(i).strip() : "";
            if (!code.isEmpty() || !sql.isEmpty()) {
                queries.add(new Query(code, sql));
            }
        }
        return new ConnectorForm(name, jdbcUrl, username, passwordEnv, passwordStored, cron, active, batchQuery,
                timeoutSeconds, queries);
    }

    /** The form as a draft to save; a timeout that is not a whole number is left to the service to refuse. */
    ConnectorDraft draft(@Nullable String password) {
        Integer timeout;
        try {
            timeout = Integer.valueOf(timeoutSeconds.strip());
        } catch (NumberFormatException e) {
            timeout = -1;
        }
        return new ConnectorDraft(name, jdbcUrl, username, passwordEnv, password, cron, active, batchQuery, timeout,
                queries.stream().map(q -> new ConnectorDraft.QueryDraft(q.kpiCode(), q.sql())).toList());
    }

    /** The rows shown: the queries and two empty rows to add new ones. */
    List<Query> rows() {
        return blanks(queries);
    }

    private static List<Query> blanks(List<Query> queries) {
        List<Query> rows = new ArrayList<>(queries.stream().filter(q -> !q.kpiCode().isEmpty() || !q.sql().isEmpty()).toList());
        for (int i = 0; i < NEW_ROWS; i++) {
            rows.add(new Query("", ""));
        }
        return rows;
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
