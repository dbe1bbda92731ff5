package dev.fourfold.authoring;

import dev.fourfold.kpi.Kpi;
import dev.fourfold.kpi.KpiService;
import dev.fourfold.kpi.Target;
import dev.fourfold.kpi.TargetPhasing;
import dev.fourfold.kpi.TargetSeries;
import dev.fourfold.kpi.TargetService;
import dev.fourfold.shared.Access;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.BatchResult;
import dev.fourfold.shared.ConflictException;
import dev.fourfold.shared.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A KPI's targets from the browser: the stored ones (latest first), one period's target set or revised with its
 * reason, and a fiscal year's targets phased from one annual figure. The rules (open periods, locks, a reason for a
 * revision) are the target service's, as over the API.
 */
@Controller
class TargetFormController {

    /** How many stored targets the page lists. */
    private static final int SHOWN = 36;

    private final KpiService kpis;
    private final TargetService targets;
    private final TargetPhasing phasing;
    private final Access access;
    private final MessageSource messages;

    TargetFormController(KpiService kpis, TargetService targets, TargetPhasing phasing, Access access,
                         MessageSource messages) {
        this.kpis = kpis;
        this.targets = targets;
        this.phasing = phasing;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping("/kpis/{id}/targets")
    String page(@PathVariable long id, @RequestParam(required = false) String series, Model model, Actor actor,
                Locale locale) {
        return page(model, owned(id, actor), shown(series), Map.of(), Map.of(), locale);
    }

    @PostMapping("/kpis/{id}/targets")
    String set(@PathVariable long id, @RequestParam(required = false) String series,
               @RequestParam(defaultValue = "") String period,
               @RequestParam(defaultValue = "") String value, @RequestParam(defaultValue = "") String reason,
               Model model, Actor actor, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        Kpi kpi = owned(id, actor);
        TargetSeries planned = shown(series);
        FormFields fields = new FormFields(locale);
        BigDecimal number = fields.number("value", value);
        if (number == null && fields.ok()) {
            fields.add("value", messages.getMessage("targets.value.required", null, locale));
        }
        if (fields.ok()) {
            try {
                BatchResult result = targets.recordAll(List.of(new TargetService.Item(id, null, period.strip(), number,
                        FormFields.text(reason), null, planned.key())), actor);
                redirect.addFlashAttribute("done", messages.getMessage(result.unchanged() > 0 ? "targets.unchanged"
                        : "targets.saved", new Object[] {period.strip(), the(planned, locale)}, locale));
                return redirect(id, planned);
            } catch (InvalidInputException e) {
                fields.add(e, List.of("period", "value", "reason"));
            } catch (ConflictException e) {
                fields.add("general", e.getMessage());
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return page(model, kpi, planned, fields.problems(), Map.of("period", period, "value", value, "reason", reason),
                locale);
    }

    @PostMapping("/kpis/{id}/targets/phase")
    String phase(@PathVariable long id, @RequestParam(required = false) String series,
                 @RequestParam(defaultValue = "") String year,
                 @RequestParam(defaultValue = "") String total, @RequestParam(defaultValue = "") String reason,
                 Model model, Actor actor, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        Kpi kpi = owned(id, actor);
        TargetSeries planned = shown(series);
        FormFields fields = new FormFields(locale);
        BigDecimal annual = fields.number("total", total);
        if (annual == null && fields.ok()) {
            fields.add("total", messages.getMessage("targets.value.required", null, locale));
        }
        if (fields.ok()) {
            try {
                BatchResult result = phasing.phase(new TargetPhasing.Request(id, null, year.strip(), annual, null,
                        FormFields.text(reason), planned.key()), actor);
                redirect.addFlashAttribute("done", messages.getMessage("targets.phased", new Object[] {year.strip(),
                        result.created() + result.updated(), the(planned, locale)}, locale));
                return redirect(id, planned);
            } catch (InvalidInputException e) {
                fields.add(e, List.of("year", "total", "reason"));
            } catch (ConflictException e) {
                fields.add("general", e.getMessage());
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return page(model, kpi, planned, fields.problems(), Map.of("year", year, "total", total, "phaseReason", reason),
                locale);
    }

    private Kpi owned(long id, Actor actor) {
        Kpi kpi = kpis.get(id, actor);
        access.requireOwner(actor, kpi.scorecardId());
        return kpi;
    }

    /** The series asked for; the target when none or an unknown one is asked for (the tabs name the others). */
    private static TargetSeries shown(@Nullable String series) {
        try {
            return TargetSeries.of(series);
        } catch (IllegalArgumentException e) {
            return TargetSeries.TARGET;
        }
    }

    private String the(TargetSeries series, Locale locale) {
        return messages.getMessage("targets.series." + series.key() + ".the", null, locale);
    }

    private static String redirect(long id, TargetSeries series) {
        return "redirect:/kpis/" + id + "/targets" + (series == TargetSeries.TARGET ? "" : "?series=" + series.key());
    }

    private String page(Model model, Kpi kpi, TargetSeries series, Map<String, String> problems,
                        Map<String, String> typed, Locale locale) {
        List<Target> stored = targets.allOf(kpi.id()).stream().filter(t -> series.key().equals(t.series()))
                .sorted(Comparator.comparing(Target::period).reversed()).limit(SHOWN).toList();
        model.addAttribute("kpi", kpi);
        model.addAttribute("targets", stored.stream().map(t -> new Row(t.period(), FormFields.write(t.value(), locale),
                t.revision(), t.reason(), t.setBy())).toList());
        model.addAttribute("defaultTarget", FormFields.write(kpi.scoring().target(), locale));
        model.addAttribute("series", series.key());
        model.addAttribute("allSeries", List.of(TargetSeries.values()).stream().map(TargetSeries::key).toList());
        model.addAttribute("problems", problems);
        model.addAttribute("typed", typed);
        return "authoring/targets";
    }

    /** A stored target as the page lists it. */
    record Row(String period, String value, int revision, String reason, String setBy) {
    }
}
