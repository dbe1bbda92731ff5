package dev.fourfold.webhook.web;

import dev.fourfold.shared.FieldProblem;
import dev.fourfold.shared.InvalidInputException;
import dev.fourfold.shared.RuleTexts;
import dev.fourfold.webhook.WebhookDelivery;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The webhook pages' problems by input, and the delivery log's rows in the reader's language. */
final class WebhookForms {

    static final String FORM = "form";
    private static final Set<String> INPUTS = Set.of("url", "events", "scorecardId", "description");
    /** How much of the receiver's answer the log's row shows; the rest is behind "more". */
    static final int SHORT = 120;

    private WebhookForms() {
    }

    /** A delivery as the log shows it: times in the reader's format (UTC) and the answer cut short. */
    record Row(long id, String event, String status, int attempts, String created, String nextAttempt,
               String lastAttempt, String lastStatus, String shortResponse, String response, String error) {
    }

    /** The problems by input, each a sentence in the reader's language. */
    static Map<String, String> errors(InvalidInputException e, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldProblem p : e.problems()) {
            String field = p.field().replaceAll("\\[\\d+]$", "");
            String key = INPUTS.contains(field) ? field : FORM;
            String message = RuleTexts.in(locale, p.message());
            String text = message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1);
            errors.merge(key, text.endsWith(".") ? text : text + ".", (a, b) -> a + " " + b);
        }
        return errors;
    }

    static List<Row> rows(List<WebhookDelivery> deliveries, Locale locale) {
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale)
                .withZone(ZoneOffset.UTC);
        return deliveries.stream().map(d -> {
            String response = d.lastResponse() == null ? "" : d.lastResponse();
            return new Row(d.id(), d.event(), d.status(), d.attempts(), time(d.createdAt(), format),
                    time(d.nextAttemptAt(), format), time(d.lastAttemptAt(), format),
                    d.lastStatus() == null ? "—" : d.lastStatus().toString(),
                    response.length() > SHORT ? response.substring(0, SHORT) + "…" : response, response,
                    d.lastError() == null ? "" : d.lastError());
        }).toList();
    }

    private static String time(@Nullable Instant t, DateTimeFormatter format) {
        return t == null ? "—" : format.format(t) + " UTC";
    }
}
