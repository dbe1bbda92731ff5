package dev.fourfold.web;

import dev.fourfold.shared.FieldProblem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** Explains why a JSON body could not be read, naming the field by its JSON path. */
final class JsonErrors {

    private JsonErrors() {
    }

    static FieldProblem explain(HttpMessageNotReadableException e) {
        Throwable cause = e.getMostSpecificCause();
        if (cause instanceof UnrecognizedPropertyException u) {
            String known = u.getKnownPropertyIds() == null ? "" : "; known fields: " + String.join(", ",
                    u.getKnownPropertyIds().stream().map(Object::toString).sorted().toList());
            return new FieldProblem(path(u), "unknown field '" + u.getPropertyName() + "'" + known);
        }
        if (cause instanceof InvalidFormatException f) {
            return new FieldProblem(path(f), "'" + f.getValue() + "' is not valid: expected " + describe(f.getTargetType()));
        }
        if (cause instanceof MismatchedInputException m) {
            String expected = m.getTargetType() == null ? "a different value" : describe(m.getTargetType());
            return new FieldProblem(path(m), "wrong type: expected " + expected);
        }
        if (cause instanceof StreamReadException s) {
            String where = s.getLocation() == null ? "" : " at line " + s.getLocation().getLineNr() + ", column " + s.getLocation().getColumnNr();
            return new FieldProblem("", "the body is not valid JSON" + where + ": " + s.getOriginalMessage());
        }
        if (cause instanceof JacksonException j) {
            return new FieldProblem(path(j), j.getOriginalMessage());
        }
        if (cause instanceof IllegalArgumentException iae) {
            return new FieldProblem("", iae.getMessage());
        }
        return new FieldProblem("", "the request body is missing or is not valid JSON");
    }

    static String path(JacksonException e) {
        StringBuilder sb = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    static String describe(Class<?> type) {
        if (type == null) {
            return "another value";
        }
        if (type == BigDecimal.class || type == Double.class || type == double.class) {
            return "a decimal number";
        }
        if (type == Long.class || type == long.class || type == Integer.class || type == int.class) {
            return "a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == LocalDate.class) {
            return "a date such as 2026-03-31";
        }
        if (type == String.class) {
            return "a text";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.toString(type.getEnumConstants());
        }
        return "an object";
    }
}
