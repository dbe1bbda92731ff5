package dev.fourfold.entry.web;

import dev.fourfold.entry.DecimalInput;
import dev.fourfold.shared.Period;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Numbers, days and periods of the entry pages in the request's language (German: decimal comma). */
@Component("entryFormats")
public class EntryFormats {

    /** A value as an input shows it for editing: every digit, no grouping. */
    public String input(BigDecimal value) {
        return DecimalInput.format(value, locale());
    }

    /** A value to read: grouped, at most 2 decimals (the input keeps every digit). */
    public String number(Number value) {
        NumberFormat f = NumberFormat.getInstance(locale());
        f.setMaximumFractionDigits(value instanceof BigDecimal ? 12 : 2);
        return f.format(value);
    }

    public String date(LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(day);
    }

    public String time(Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale())
                .format(instant.atZone(ZoneId.systemDefault()));
    }

    /** A column heading: months and days named in the language, weeks, quarters and years by their keys. */
    public String period(Period p) {
        return switch (p.frequency()) {
            case MONTHLY -> DateTimeFormatter.ofPattern("MMM yyyy", locale()).format(YearMonth.of(p.year(), p.index()));
            case DAILY -> DateTimeFormatter.ofPattern("EEE d MMM", locale()).format(p.firstDay(1));
            default -> p.key();
        };
    }

    /** A period given by its key, named as {@link #period(Period)} names it. */
    public String periodKey(String key) {
        return period(Period.parse(key));
    }

    /** The decimal separator the inputs expect. */
    public String decimal() {
        return String.valueOf(DecimalInput.decimalSeparator(locale()));
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
