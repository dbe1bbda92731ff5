package dev.fourfold.web;

import dev.fourfold.shared.Decimals;
import dev.fourfold.shared.Period;
import dev.fourfold.shared.Texts;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.NumberDeserializers;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Checks of values as they are read from a JSON body, before any code computes with them: decimals fit the stored
 * precision (so that {@code 1e-1000000} in any field or list, weights included, is refused without arithmetic),
 * dates are ISO strings (a number would be read as days since 1970), and texts hold no control characters where a
 * single line is expected. JSON the server stored itself (lock snapshots) is read with the attribute
 * {@link Decimals#STORED_JSON} and skips the checks.
 */
final class EdgeDeserializers {

    private EdgeDeserializers() {
    }

    private static boolean stored(DeserializationContext context) {
        return context.getAttribute(Decimals.STORED_JSON) != null;
    }

    static SimpleModule module() {
        return new SimpleModule("fourfold-edge")
                .addDeserializer(BigDecimal.class, new CheckedDecimal())
                .addDeserializer(LocalDate.class, new IsoTemporal<>(LocalDate.class, "date", "2026-03-31",
                        LocalDate::parse, LocalDate::getYear))
                .addDeserializer(Instant.class, new IsoTemporal<>(Instant.class, "time", "2026-03-31T12:00:00Z",
                        text -> OffsetDateTime.parse(text).toInstant(), t -> t.atOffset(ZoneOffset.UTC).getYear()))
                .addDeserializer(String.class, new CheckedText());
    }

    /** A value read but refused; the message says why, for the field at the exception's path. */
    static final class Refused extends InvalidFormatException {
        Refused(JsonParser p, String message, Object value, Class<?> type) {
            super(p, message, value, type);
        }
    }

    private static final class CheckedDecimal extends NumberDeserializers.BigDecimalDeserializer {
        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext context) {
            BigDecimal value = super.deserialize(p, context);
            String problem = stored(context) ? null : Decimals.problem(value);
            if (problem != null) {
                throw new Refused(p, problem, value, BigDecimal.class);
            }
            return value;
        }
    }

    /**
     * An ISO date or time in quotes, within the supported years: {@code what} names it in messages ("date",
     * "time"), {@code example} shows its form, {@code year} reads the year that must lie in range.
     */
    private static final class IsoTemporal<T> extends StdScalarDeserializer<T> {
        private final Class<T> type;
        private final String what;
        private final String example;
        private final Function<String, T> parse;
        private final ToIntFunction<T> year;

        IsoTemporal(Class<T> type, String what, String example, Function<String, T> parse, ToIntFunction<T> year) {
            super(type);
            this.type = type;
            this.what = what;
            this.example = example;
            this.parse = parse;
            this.year = year;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext context) {
            String text = quoted(p, "a " + what + " in quotes such as \"" + example + "\"", type);
            T value;
            try {
                value = parse.apply(text);
            } catch (DateTimeParseException e) {
                throw new Refused(p, "'" + text + "' is not a " + what + ": expected the ISO-8601 form " + example, text,
                        type);
            }
            return supported(p, year.applyAsInt(value), value, type);
        }
    }

    /** The text of a JSON string; a number or anything else is refused (a number would count days or seconds). */
    private static String quoted(JsonParser p, String expected, Class<?> type) {
        if (!p.hasToken(JsonToken.VALUE_STRING)) {
            throw new Refused(p, "must be " + expected + ", not " + p.getString(), p.getString(), type);
        }
        return p.getString();
    }

    /** Dates and times share the supported years of periods, so no year 57440 or 10000 is ever stored. */
    private static <T> T supported(JsonParser p, int year, T value, Class<T> type) {
        if (year < Period.FIRST_YEAR || year > Period.LAST_YEAR) {
            throw new Refused(p, "'" + value + "' is outside the supported years " + Period.FIRST_YEAR + " to "
                    + Period.LAST_YEAR, value, type);
        }
        return value;
    }

    private static final class CheckedText extends StringDeserializer {
        @Override
        public String deserialize(JsonParser p, DeserializationContext context) {
            String text = super.deserialize(p, context);
            String problem = stored(context) ? null : Texts.problem(p.currentName(), text);
            if (problem != null) {
                throw new Refused(p, problem, null, String.class);
            }
            return text;
        }
    }
}
