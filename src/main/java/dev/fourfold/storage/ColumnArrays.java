package dev.fourfold.storage;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.springframework.jdbc.core.JdbcTemplate;

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
        if (rows.isEmpty()) {
            return;
        }
        List<Object> args = new ArrayList<>(sharedValues);
        for (int c = 0; c < getters.size(); c++) {
            Object[] values = (Object[]) Array.newInstance(types.get(c), rows.size());
            Function<R, ?> getter = getters.get(c);
            for (int i = 0; i < rows.size(); i++) {
                values[i] = getter.apply(rows.get(i));
            }
            args.add(values);
        }
        jdbc.update(sql(), args.toArray());
    }

    private String sql() {
        return "insert into " + table + " (" + String.join(", ", names) + ") select " + String.join(", ", selected)
                + " from table(" + String.join(", ", arrays) + ")";
    }
}
