package dev.fourfold.shared;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;

/**
 * Rows in the text format of PostgreSQL's {@code COPY … FROM STDIN}: columns separated by tabs, {@code \N} for
 * null, backslash escapes in texts. Plain Java, like {@link Where}; a repository hands the text to the driver's
 * copy API.
 */
public final class CopyText {

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSSxxx")
            .withZone(ZoneOffset.UTC);

    private final StringBuilder text;
    private boolean first = true;
    private @Nullable Instant lastTime;
    private String lastTimeText = "";

    public CopyText(int rows) {
        text = new StringBuilder(rows * 96);
    }

    /** A text column, escaped, or null. */
    public CopyText text(@Nullable String value) {
        separate();
        if (value == null) {
            text.append("\\N");
            return this;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
        return this;
    }

    public CopyText number(long value) {
        separate();
        text.append(value);
        return this;
    }

    public CopyText number(@Nullable Long value) {
        return value == null ? text(null) : number(value.longValue());
    }

    public CopyText decimal(@Nullable BigDecimal value) {
        return value == null ? text(null) : raw(value.toPlainString());
    }

    public CopyText date(@Nullable LocalDate value) {
        return value == null ? text(null) : raw(value.toString());
    }

    /**
     * A time as an exact UTC timestamp with its offset; formatted once for rows that share it (the rows of a batch
     * are all written at the same time), as formatting costs more than the rest of a row.
     */
    public CopyText time(Instant value) {
        if (!value.equals(lastTime)) {
            lastTime = value;
            lastTimeText = TIMESTAMP.format(value);
        }
        return raw(lastTimeText);
    }

    public CopyText time(Timestamp value) {
        return time(value.toInstant());
    }

    /** Ends the row. */
    public CopyText end() {
        text.append('\n');
        first = true;
        return this;
    }

    @Override
    public String toString() {
        return text.toString();
    }

    private CopyText raw(String value) {
        separate();
        text.append(value);
        return this;
    }

    private void separate() {
        if (!first) {
            text.append('\t');
        }
        first = false;
    }
}
