package dev.fourfold.audit.web;

import dev.fourfold.audit.ChangeEntry;
import dev.fourfold.audit.ChangeLog;
import dev.fourfold.shared.Access;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.PageRequest;
import dev.fourfold.shared.PageResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The audit trail page: changes newest first, filtered by entity, scorecard, user and days, one page at a time.
 * Like the API, it shows administrators every change and everyone else the changes of the scorecards they may
 * read. Filters are plain query parameters, so a filtered view is a link ({@code /audit?entity=kpi&entityId=7}).
 */
@Controller
class AuditPageController {

    static final int PAGE_SIZE = 50;
    private static final List<String> ENTITIES = List.of("actual", "grant", "initiative", "kpi", "lock", "objective",
            "organisation", "perspective", "scorecard", "target", "token", "unit", "user");

    private final ChangeLog changeLog;
    private final Access access;
    private final MessageSource messages;

    AuditPageController(ChangeLog changeLog, Access access, MessageSource messages) {
        this.changeLog = changeLog;
        this.access = access;
        this.messages = messages;
    }

    /** The filters as typed, shown back in the form. */
    record Filters(String entity, String entityId, String scorecardId, String user, String from, String to, String at) {

        Filters(String entity, String entityId, String scorecardId, String user, String from, String to) {
            this(entity, entityId, scorecardId, user, from, to, "");
        }
    }

    /** One change as the table shows it. */
    record Row(String time, String actor, String source, String entity, long entityId, String action, String field,
               String oldValue, String newValue, Long scorecardId) {
    }

    @GetMapping("/audit")
    String audit(@RequestParam(defaultValue = "") String entity, @RequestParam(defaultValue = "") String entityId,
                 @RequestParam(defaultValue = "") String scorecardId, @RequestParam(defaultValue = "") String user,
                 @RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String to,
                 @RequestParam(defaultValue = "") String at, @RequestParam(defaultValue = "0") int page, Model model,
                 Actor actor, Locale locale) {
        Filters filters = new Filters(entity.strip(), entityId.strip(), scorecardId.strip(), user.strip(), from.strip(),
                to.strip(), at.strip());
        Map<String, String> errors = new LinkedHashMap<>();
        Long entityNumber = number(errors, "entityId", filters.entityId(), locale);
        Long scorecardNumber = number(errors, "scorecardId", filters.scorecardId(), locale);
        LocalDate fromDay = day(errors, "from", filters.from(), locale);
        LocalDate toDay = day(errors, "to", filters.to(), locale);
        Instant moment = instant(errors, filters.at(), locale);
        int pageNumber = Math.max(page, 0);
        PageResponse<ChangeEntry> changes = errors.isEmpty()
                ? changeLog.find(new ChangeLog.Filter(blankToNull(filters.entity()), entityNumber, blankToNull(filters.user()),
                        moment != null ? moment : fromDay == null ? null : start(fromDay),
                        moment != null ? moment.plus(1, ChronoUnit.MICROS) : toDay == null ? null : start(toDay.plusDays(1)),
                        scorecardNumber, access.readableScorecards(actor)), new PageRequest(pageNumber, PAGE_SIZE))
                : new PageResponse<>(List.of(), 0, PAGE_SIZE, 0);
        TreeSet<String> entities = new TreeSet<>(ENTITIES);
        if (!filters.entity().isEmpty()) {
            entities.add(filters.entity()); // a deep link to a kind not listed still shows as chosen
        }
        model.addAttribute("filters", filters);
        model.addAttribute("errors", errors);
        model.addAttribute("entities", entities);
        model.addAttribute("filtered", !filters.equals(new Filters("", "", "", "", "", "")));
        model.addAttribute("moment", moment == null ? null : minutes(locale).format(moment));
        model.addAttribute("seesAll", access.readableScorecards(actor).isAll());
        addPage(model, filters, pageNumber, changes, minutes(locale));
        return "audit/audit";
    }

    private static void addPage(Model model, Filters filters, int page, PageResponse<ChangeEntry> changes,
                                DateTimeFormatter minutes) {
        long offset = (long) page * PAGE_SIZE;
        model.addAttribute("rows", changes.items().stream().map(e -> row(e, minutes)).toList());
        model.addAttribute("total", changes.total());
        model.addAttribute("first", changes.total() == 0 ? 0 : offset + 1);
        model.addAttribute("last", offset + changes.items().size());
        model.addAttribute("previousPage", page > 0 ? link(filters, page - 1) : null);
        model.addAttribute("nextPage", offset + PAGE_SIZE < changes.total() ? link(filters, page + 1) : null);
    }

    /** Minutes in UTC, the zone changes are recorded in, written as the reader's language writes dates. */
    private DateTimeFormatter minutes(Locale locale) {
        return DateTimeFormatter.ofPattern(messages.getMessage("audit.time.minutes", null, locale), locale)
                .withZone(ZoneOffset.UTC);
    }

    private static Row row(ChangeEntry e, DateTimeFormatter minutes) {
        return new Row(minutes.format(e.changedAt()), e.actor(), e.source(), e.entity(), e.entityId(), e.action(),
                e.field(), e.oldValue(), e.newValue(), e.scorecardId());
    }

    private static String link(Filters f, int page) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/audit");
        Map.of("entity", f.entity(), "entityId", f.entityId(), "scorecardId", f.scorecardId(), "user", f.user(),
                        "from", f.from(), "to", f.to(), "at", f.at()).entrySet().stream()
                .filter(e -> !e.getValue().isEmpty()).sorted(Map.Entry.comparingByKey())
                .forEach(e -> uri.queryParam(e.getKey(), e.getValue()));
        return uri.queryParam("page", page).encode().build().toUriString();
    }

    private Long number(Map<String, String> errors, String field, String text, Locale locale) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Long.valueOf(text);
        } catch (NumberFormatException e) {
            errors.put(field, messages.getMessage("audit.error.number", null, locale));
            return null;
        }
    }

    private LocalDate day(Map<String, String> errors, String field, String text, Locale locale) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            errors.put(field, messages.getMessage("audit.error.date", null, locale));
            return null;
        }
    }

    /** One moment (changes written at once, such as an import's), as an ISO instant. */
    private Instant instant(Map<String, String> errors, String text, Locale locale) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            errors.put("at", messages.getMessage("audit.error.moment", null, locale));
            return null;
        }
    }

    private static Instant start(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static String blankToNull(String text) {
        return text.isEmpty() ? null : text;
    }
}
