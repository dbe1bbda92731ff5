package dev.fourfold.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CopyTextTests {

    @Test
    void writesNullsAsBackslashNAndEscapesTabsNewlinesAndBackslashesInTexts() {
        String text = new CopyText(1).number(7L).text(null).text("a\tb\nc\\d\re").decimal(new BigDecimal("1.50"))
                .date(LocalDate.of(2026, 3, 1)).number((Long) null).end().toString();

        assertThat(text).isEqualTo("7\t\\N\ta\\tb\\nc\\\\d\\re\t1.50\t2026-03-01\t\\N\n");
    }

    @Test
    void writesTimesAsUtcTimestampsWithMicroseconds() {
        Instant at = Instant.parse("2026-12-01T10:15:30.123456789Z");

        assertThat(new CopyText(2).time(at).end().time(at).end().toString())
                .isEqualTo("2026-12-01 10:15:30.123456+00:00\n2026-12-01 10:15:30.123456+00:00\n");
    }
}
