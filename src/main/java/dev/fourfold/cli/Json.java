package dev.fourfold.cli;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Writes maps, lists, strings, numbers, booleans and nulls as indented JSON. Numbers come out in plain notation
 * and unrounded ({@code 95.0} as {@code 95}, never {@code 1.0E-5}); non-ASCII characters are escaped so the output
 * is the same whatever the console's encoding.
 */
final class Json {

    private Json() {
    }

    static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, 0, out);
        return out.append('\n').toString();
    }

    /** A double in plain notation with no trailing zeros; its shortest decimal that reads back as the same double. */
    static String number(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("JSON has no " + value);
        }
        BigDecimal plain = BigDecimal.valueOf(value).stripTrailingZeros();
        return plain.signum() == 0 ? "0" : plain.toPlainString();
    }

    private static void write(Object value, int indent, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Map<?, ?> map) {
            object(map, indent, out);
        } else if (value instanceof List<?> list) {
            array(list, indent, out);
        } else if (value instanceof Double d) {
            out.append(number(d));
        } else if (value instanceof BigDecimal d) {
            out.append(d.stripTrailingZeros().toPlainString());
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else {
            string(value.toString(), out);
        }
    }

    private static void object(Map<?, ?> map, int indent, StringBuilder out) {
        if (map.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append('{');
        String separator = "\n";
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            out.append(separator).append("  ".repeat(indent + 1));
            string(entry.getKey().toString(), out);
            out.append(": ");
            write(entry.getValue(), indent + 1, out);
            separator = ",\n";
        }
        out.append('\n').append("  ".repeat(indent)).append('}');
    }

    private static void array(List<?> list, int indent, StringBuilder out) {
        if (list.isEmpty()) {
            out.append("[]");
            return;
        }
        out.append('[');
        String separator = "\n";
        for (Object item : list) {
            out.append(separator).append("  ".repeat(indent + 1));
            write(item, indent + 1, out);
            separator = ",\n";
        }
        out.append('\n').append("  ".repeat(indent)).append(']');
    }

    private static void string(String text, StringBuilder out) {
        out.append('"');
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
