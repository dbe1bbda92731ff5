package dev.fourfold.shared;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The {@code where} clause of a list query whose filters are optional: each condition is a constant SQL fragment
 * naming its value as a {@code :parameter}, and values travel only as named parameters, never inside the SQL text.
 * Plain Java so that {@code shared} stays free of Spring; a repository applies it with
 * {@code jdbc.sql("select … from t" + where.sql()).params(where.params())}.
 */
public final class Where {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> params = new LinkedHashMap<>();

    /** Adds a condition without a value, e.g. {@code k.retired = false}. */
    public Where and(String condition) {
        conditions.add(condition);
        return this;
    }

    /** Adds the condition with its named value, or nothing when the value is null (the filter was not given). */
    public Where and(String condition, String name, @Nullable Object value) {
        return and(condition, name, value, Function.identity());
    }

    /** As {@link #and(String, String, Object)}, converting a given value to what the driver binds. */
    public <T> Where and(String condition, String name, @Nullable T value, Function<? super T, ?> toParameter) {
        if (value == null) {
            return this;
        }
        if (!condition.contains(":" + name)) {
            throw new IllegalArgumentException("condition '" + condition + "' does not use :" + name);
        }
        if (params.containsKey(name)) {
            throw new IllegalArgumentException("parameter :" + name + " is already used");
        }
        conditions.add(condition);
        params.put(name, toParameter.apply(value));
        return this;
    }

    /**
     * Limits {@code column} to the visible ids: no condition when everything is visible, a condition no row meets
     * when nothing is.
     */
    public Where visible(String column, String name, Visibility visibility) {
        if (visibility.isAll()) {
            return this;
        }
        if (visibility.isNone()) {
            return and("1 = 0");
        }
        return and(column + " in (:" + name + ")", name, visibility.ids());
    }

    /** {@code " where a and b"}, or the empty string when no condition applies. */
    public String sql() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    /** The named values of the conditions that apply. */
    public Map<String, Object> params() {
        return Collections.unmodifiableMap(params);
    }
}
