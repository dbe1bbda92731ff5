package dev.fourfold.storage;

import java.lang.reflect.Array;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Inserts many rows in one statement where {@code COPY} is not available (H2): the rows' columns are bound as Java
 * arrays to {@code insert into t (…) select … from table(a type = ?, b type = ?, …)}, which the database reads as
 * one set, in order, instead of planning and executing one statement per row of a JDBC batch. Columns every row
 * shares (who, when) are bound once.
 */
public final class ColumnArrays<R> {

    private final String table;
    private final List<String> names = new ArrayList<>();
    private final List<String> selected = new ArrayList<>();
    private final List<Object> sharedValues = new ArrayList<>();
    private final List<String> arrays = new ArrayList<>();
    private final List<Function<R, ?>> getters = new ArrayList<>();
    private final List<Class<?>> types = new ArrayList<>();

    /** An insert into {@code table} (a constant table name). */
    public ColumnArrays(String table) {
        this.table = table;
    }

    /** A column of the same value in every row, such as the time of the batch; {@code type} an SQL type. */
    public ColumnArrays<R> shared(String column, String type, Object value) {
        names.add(column);
        selected.add("cast(? as " + type + ")");
        sharedValues.add(value);
        return this;
    }

    /** A column read from each row with {@code getter}; {@code type} an SQL type, {@code javaType} the getter's. */
    public <T> ColumnArrays<R> column(String column, String type, Class<T> javaType, Function<R, T> getter) {
        names.add(column);
        selected.add(column);
        arrays.add(column + " " + type + " = ?");
        getters.add(getter);
        types.add(javaType);
        return this;
    }

    /** Inserts the rows, in their order (identities are drawn in that order). */
    public void insert(JdbcTemplate jdbc, List<R> rows) {
        if (!rows.isEmpty()) {
            jdbc.update(sql(), arguments(rows));
        }
    }

    /**
     * Inserts the rows and returns the given columns of each inserted row (its generated id and the columns that
     * tell which row it is), as the driver's generated keys: one map per row, keyed by lower-case column name.
     */
    public List<Map<String, Object>> insertReturning(JdbcTemplate jdbc, List<R> rows, String... returned) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Object[] args = arguments(rows);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement ps = connection.prepareStatement(sql(), returned);
            new ArgumentPreparedStatementSetter(args).setValues(ps);
            return ps;
        }, keys);
        List<Map<String, Object>> out = new ArrayList<>(rows.size());
        for (Map<String, Object> row : keys.getKeyList()) {
            Map<String, Object> lower = new HashMap<>();
            row.forEach((column, value) -> lower.put(column.toLowerCase(Locale.ROOT), value));
            out.add(lower);
        }
        return out;
    }

    private Object[] arguments(List<R> rows) {
        List<Object> args = new ArrayList<>(sharedValues);
        for (int c = 0; c < getters.size(); c++) {
            Object[] values = (Object[]) Array.newInstance(types.get(c), rows.size());
            Function<R, ?> getter = getters.get(c);
            for (int i = 0; i < rows.size(); i++) {
                values[i] = getter.apply(rows.get(i));
            }
            args.add(values);
        }
        return args.toArray();
    }

    private String sql() {
        return "insert into " + table + " (" + String.join(", ", names) + ") select " + String.join(", ", selected)
                + " from table(" + String.join(", ", arrays) + ")";
    }
}
