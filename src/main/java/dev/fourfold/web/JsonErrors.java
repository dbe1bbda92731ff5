package dev.fourfold.web;

import dev.fourfold.shared.FieldProblem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.regex.Pattern;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
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
        if (cause instanceof EdgeDeserializers.Refused r) {
            return new FieldProblem(path(r), r.getOriginalMessage());
        }
        if (cause instanceof InputCoercionException c) {
            return new FieldProblem(path(c), "is out of range: expected " + range(c.getTargetType()));
        }
        if (cause instanceof InvalidFormatException f) {
            return new FieldProblem(path(f), "'" + withoutInternals(String.valueOf(f.getValue())) + "' is not valid: expected "
                    + describe(f.getTargetType()));
        }
        if (cause instanceof MismatchedInputException m) {
            String expected = m.getTargetType() == null ? "a different value" : describe(m.getTargetType());
            return new FieldProblem(path(m), "wrong type: expected " + expected);
        }
        if (cause instanceof StreamReadException s) {
            String where = s.getLocation() == null ? "" : " at line " + s.getLocation().getLineNr() + ", column " + s.getLocation().getColumnNr();
            return new FieldProblem(path(s), "the body is not valid JSON" + where + ": " + withoutInternals(s.getOriginalMessage()));
        }
        if (cause instanceof JacksonException j) {
            return new FieldProblem(path(j), withoutInternals(j.getOriginalMessage()));
        }
        if (cause instanceof IllegalArgumentException iae) {
            return new FieldProblem("", withoutInternals(iae.getMessage()));
        }
        return new FieldProblem("", "the request body is missing or is not valid JSON");
    }

    private static String range(Class<?> type) {
        if (type == Long.class || type == long.class) {
            return "a whole number from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE;
        }
        if (type == Integer.class || type == int.class) {
            return "a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;
        }
        return describe(type);
    }

    /**
     * The parser's message without the library's vocabulary: no source descriptions, feature names or Java type
     * names (a client cannot act on {@code java.lang.Integer} or {@code StreamReadFeature}).
     */
    static String withoutInternals(String message) {
        if (message == null) {
            return "";
        }
        String text = SOURCE.matcher(message).replaceAll("");
        text = QUOTED_TYPE.matcher(text).replaceAll(m -> describeName(m.group(1)));
        text = TYPE.matcher(text).replaceAll(m -> describeName(m.group()));
        return text.strip();
    }

    private static String describeName(String typeName) {
        String simple = typeName.substring(typeName.lastIndexOf('.') + 1);
        return switch (simple) {
            case "Integer", "int", "Long", "long", "Short", "short", "BigInteger" -> "a whole number";
            case "BigDecimal", "Double", "double", "Float", "float" -> "a decimal number";
            case "String" -> "a text";
            case "Boolean", "boolean" -> "true or false";
            case "LocalDate" -> "a date such as 2026-03-31";
            default -> simple.endsWith("List") || simple.endsWith("[]") ? "a list" : "a value";
        };
    }

    private static final Pattern SOURCE = Pattern.compile("\\s*\\(?(?:start marker at )?\\[Source: [^\\]]*\\][^)]*\\)?");
    private static final Pattern QUOTED_TYPE = Pattern.compile("`([\\w.$\\[\\]<>]+)`");
    private static final Pattern TYPE = Pattern.compile("\\b(?:tools\\.jackson|com\\.fasterxml|java|javax|jakarta|dev\\.fourfold)(?:\\.[\\w$]+)+");

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
