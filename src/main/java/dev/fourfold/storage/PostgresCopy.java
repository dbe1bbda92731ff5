package dev.fourfold.storage;

import dev.fourfold.shared.CopyText;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Writes new rows with PostgreSQL's {@code COPY … FROM STDIN} on the connection of the running transaction, the
 * fastest way into a table; on any other database the caller falls back to JDBC batches.
 */
public final class PostgresCopy {

    private final JdbcTemplate jdbc;
    private final Map<String, String> sequences = new ConcurrentHashMap<>();

    public PostgresCopy(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the database is PostgreSQL, so that {@link #into} copies. */
    public boolean available() {
        DataSource dataSource = jdbc.getDataSource();
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            return connection.isWrapperFor(PGConnection.class);
        } catch (SQLException e) {
            return false;
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /**
     * Draws {@code count} values of the identity sequence of {@code table}.{@code column} (constant names) in one
     * round trip, for rows that are then copied with their ids: {@code COPY} returns none.
     */
    public long[] nextIds(String table, String column, int count) {
        // the sequence is looked up once: asking the catalogue for it per row cost more than drawing the values
        String sequence = sequences.computeIfAbsent(table + "." + column, key -> jdbc.queryForObject(
                "select pg_get_serial_sequence(?, ?)", String.class, table, column));
        return jdbc.queryForList("select nextval(cast(? as regclass)) from generate_series(1, ?)", Long.class,
                sequence, count).stream().mapToLong(Long::longValue).toArray();
    }

    /**
     * Copies the rows into {@code table} (a table name with its column list) if the database is PostgreSQL; returns
     * whether it did. Errors are translated as JDBC errors are, so a broken constraint is still a
     * {@code DataIntegrityViolationException}.
     */
    public boolean into(String table, Supplier<CopyText> rows) {
        DataSource dataSource = jdbc.getDataSource();
        Connection connection = DataSourceUtils.getConnection(dataSource);
        String sql = "copy " + table + " from stdin";
        try {
            if (!connection.isWrapperFor(PGConnection.class)) {
                return false;
            }
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(rows.get().toString()));
            return true;
        } catch (SQLException e) {
            DataAccessException translated = jdbc.getExceptionTranslator().translate("COPY", sql, e);
            throw translated != null ? translated : new UncategorizedSQLException("COPY", sql, e);
        } catch (IOException e) {
            throw new DataAccessResourceFailureException("COPY into " + table + " failed", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
