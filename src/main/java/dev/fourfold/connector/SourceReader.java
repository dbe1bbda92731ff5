package dev.fourfold.connector;

import dev.fourfold.shared.FieldProblem;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterUtils;
import org.springframework.jdbc.core.namedparam.ParsedSql;

/**
 * Reads rows from a connector's database through one read-only connection: a login timeout, a statement timeout,
 * a bound on the rows, and the period bound as parameters, never written into the SQL. A query that fails or
 * returns something else than numbers becomes a problem naming the query; a connection that cannot be opened
 * becomes a problem of the JDBC URL.
 */
final class SourceReader {

    private static final int LOGIN_SECONDS = 10;

    /** One query to run: where its problems are reported, its SQL, and the values of its named parameters. */
    record Job(String field, String sql, Map<String, Object> params, boolean single, @Nullable String kpiCode,
               @Nullable String period) {
    }

    /** A row read: the KPI and period it names (a date or a period key) and its value. */
    record Row(String kpiCode, Object period, BigDecimal value, String field) {
    }

    record Result(List<Row> rows, List<FieldProblem> problems) {
    }

    private SourceReader() {
    }

    static Result read(String url, @Nullable String user, @Nullable String password, int timeoutSeconds, int maxRows,
                       List<Job> jobs) {
        List<Row> rows = new ArrayList<>();
        List<FieldProblem> problems = new ArrayList<>();
        try (Connection connection = open(url, user, password, timeoutSeconds)) {
            connection.setReadOnly(true);
            connection.setAutoCommit(false);
            try {
                for (Job job : jobs) {
                    run(connection, job, timeoutSeconds, maxRows, rows, problems);
                }
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            problems.add(new FieldProblem("jdbcUrl", "could not connect or read: " + message(e)));
        }
        return new Result(rows, problems);
    }

    private static Connection open(String url, @Nullable String user, @Nullable String password, int timeoutSeconds)
            throws SQLException {
        Driver driver = DriverManager.getDriver(url);
        Properties p = new Properties();
        if (user != null && !user.isBlank()) {
            p.setProperty("user", user);
        }
        if (password != null) {
            p.setProperty("password", password);
        }
        String lower = url.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("jdbc:postgresql:")) {
            p.setProperty("connectTimeout", String.valueOf(LOGIN_SECONDS));
            p.setProperty("loginTimeout", String.valueOf(LOGIN_SECONDS));
            p.setProperty("socketTimeout", String.valueOf(timeoutSeconds + LOGIN_SECONDS));
            p.setProperty("readOnly", "true");
        } else if (lower.startsWith("jdbc:mysql:") || lower.startsWith("jdbc:mariadb:")) {
            p.setProperty("connectTimeout", String.valueOf(LOGIN_SECONDS * 1000));
            p.setProperty("socketTimeout", String.valueOf((timeoutSeconds + LOGIN_SECONDS) * 1000));
        } else if (lower.startsWith("jdbc:sqlserver:")) {
            p.setProperty("loginTimeout", String.valueOf(LOGIN_SECONDS));
            p.setProperty("applicationIntent", "ReadOnly");
        }
        Connection c = driver.connect(url, p);
        if (c == null) {
            throw new SQLException("no driver accepts this URL");
        }
        return c;
    }

    private static void run(Connection connection, Job job, int timeoutSeconds, int maxRows, List<Row> rows,
                            List<FieldProblem> problems) {
        ParsedSql parsed = NamedParameterUtils.parseSqlStatement(job.sql());
        MapSqlParameterSource source = new MapSqlParameterSource(job.params());
        String sql = NamedParameterUtils.substituteNamedParameters(parsed, source);
        Object[] values;
        try {
            values = NamedParameterUtils.buildValueArray(parsed, source, null);
        } catch (RuntimeException e) {
            problems.add(new FieldProblem(job.field(), "uses a parameter other than :periodStart and :periodEnd: "
                    + e.getMessage()));
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setQueryTimeout(timeoutSeconds);
            statement.setMaxRows(maxRows + 1);
            statement.setFetchSize(Math.min(maxRows + 1, 500));
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                collect(rs, job, maxRows, rows, problems);
            }
        } catch (SQLTimeoutException e) {
            problems.add(new FieldProblem(job.field(), "timed out after " + timeoutSeconds + " s: " + message(e)));
        } catch (SQLException e) {
            problems.add(new FieldProblem(job.field(), "failed in the database: " + message(e)));
        }
    }

    private static void collect(ResultSet rs, Job job, int maxRows, List<Row> rows, List<FieldProblem> problems)
            throws SQLException {
        int columns = rs.getMetaData().getColumnCount();
        if (!job.single() && columns < 3) {
            problems.add(new FieldProblem(job.field(), "returns " + columns + " columns: a query for many KPIs "
                    + "returns kpi_code, period and value"));
            return;
        }
        int count = 0;
        List<Row> found = new ArrayList<>();
        while (rs.next()) {
            if (++count > maxRows) {
                problems.add(new FieldProblem(job.field(), "returns more than " + maxRows + " rows"));
                return;
            }
            String code = job.single() ? job.kpiCode() : rs.getString(1);
            Object period = job.single() ? job.period() : period(rs.getObject(2));
            Object value = rs.getObject(job.single() ? 1 : 3);
            String where = job.single() ? job.field() : job.field() + " row " + count;
            if (code == null || code.isBlank() || period == null) {
                problems.add(new FieldProblem(where, "names no KPI code or no period"));
            } else if (value != null) {
                BigDecimal number = number(value);
                if (number == null) {
                    problems.add(new FieldProblem(where, "returned '" + clip(String.valueOf(value))
                            + "', which is not a number"));
                } else {
                    found.add(new Row(code.strip(), period, number, where));
                }
            }
        }
        if (job.single() && count > 1) {
            problems.add(new FieldProblem(job.field(), "returned " + count + " rows for " + job.period()
                    + ": a KPI query returns one row with one number"));
            return;
        }
        rows.addAll(found);
    }

    private static @Nullable Object period(@Nullable Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toLocalDateTime().toLocalDate();
        }
        if (value instanceof LocalDateTime t) {
            return t.toLocalDate();
        }
        if (value instanceof OffsetDateTime t) {
            return t.toLocalDate();
        }
        return value instanceof LocalDate ? value : value.toString().strip();
    }

    private static @Nullable BigDecimal number(Object value) {
        if (value instanceof BigDecimal d) {
            return d;
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            return Double.isFinite(d) ? new BigDecimal(Double.toString(d)) : null;
        }
        if (value instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        return null;
    }

    private static String message(SQLException e) {
        return clip(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }

    private static String clip(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= 500 ? oneLine : oneLine.substring(0, 497) + "...";
    }
}
