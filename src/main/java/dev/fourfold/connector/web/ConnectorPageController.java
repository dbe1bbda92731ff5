package dev.fourfold.connector.web;

import dev.fourfold.connector.Connector;
import dev.fourfold.connector.ConnectorRun;
import dev.fourfold.connector.ConnectorTest;
import dev.fourfold.connector.Connectors;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.FieldProblem;
import dev.fourfold.shared.InvalidInputException;
import dev.fourfold.shared.RuleTexts;
import jakarta.servlet.http.HttpServletResponse;
import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
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
 * The connectors' pages, for administrators: the list, a connector's form with its KPI queries, the result of a test
 * (what a run would record, and every problem), running it now, and its run history.
 */
@Controller
class ConnectorPageController {

    private final Connectors connectors;
    private final MessageSource messages;

    ConnectorPageController(Connectors connectors, MessageSource messages) {
        this.connectors = connectors;
        this.messages = messages;
    }

    /** A run as the page lists it: times in the reader's language. */
    record ShownRun(ConnectorRun run, String started, String slot) {
    }

    /** A value a test read, its numbers in the reader's language. */
    record ShownValue(String kpiCode, String period, String value, String stored, String change) {
    }

    @GetMapping("/connectors")
    String list(Model model, Actor actor) {
        model.addAttribute("connectors", connectors.list(actor));
        return "connectors/list";
    }

    @GetMapping("/connectors/new")
    String create(Model model, Actor actor) {
        connectors.list(actor);
        return form(model, null, ConnectorForm.empty(), Map.of());
    }

    @PostMapping("/connectors")
    String create(@RequestParam Map<String, String> fields, @RequestParam(name = "kpiCode", required = false) List<String> codes,
                  @RequestParam(name = "sql", required = false) List<String> sqls, Model model, Actor actor,
                  HttpServletResponse response, Locale locale) {
        ConnectorForm form = typed(fields, false, codes, sqls);
        try {
            Connector created = connectors.create(form.draft(fields.get("password")), actor);
            return "redirect:/connectors/" + created.id();
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(model, null, form, errors(e.problems(), locale));
        }
    }

    @GetMapping("/connectors/{id}")
    String show(@PathVariable long id, Model model, Actor actor, Locale locale) {
        Connector c = connectors.get(id, actor);
        runs(model, id, actor, locale);
        return form(model, c, ConnectorForm.of(c), Map.of());
    }

    @PostMapping("/connectors/{id}")
    String update(@PathVariable long id, @RequestParam Map<String, String> fields,
                  @RequestParam(name = "kpiCode", required = false) List<String> codes,
                  @RequestParam(name = "sql", required = false) List<String> sqls, Model model, Actor actor, Locale locale,
                  HttpServletResponse response, RedirectAttributes redirect) {
        Connector c = connectors.get(id, actor);
        ConnectorForm form = typed(fields, c.passwordStored(), codes, sqls);
        try {
            connectors.update(id, form.draft(fields.get("password")), actor);
            redirect.addFlashAttribute("notice", messages.getMessage("connectors.saved", null, locale));
            return "redirect:/connectors/" + id;
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            runs(model, id, actor, locale);
            return form(model, c, form, errors(e.problems(), locale));
        }
    }

    @PostMapping("/connectors/{id}/test")
    String test(@PathVariable long id, Model model, Actor actor, Locale locale) {
        Connector c = connectors.get(id, actor);
        ConnectorTest test = connectors.test(id, actor);
        NumberFormat numbers = NumberFormat.getInstance(locale);
        numbers.setMaximumFractionDigits(12);
        model.addAttribute("test", test);
        model.addAttribute("testProblems", test.problems().stream()
                .map(p -> new FieldProblem(p.field(), RuleTexts.in(locale, p.message()))).toList());
        model.addAttribute("values", test.values().stream().map(v -> new ShownValue(v.kpiCode(), v.period(),
                numbers.format(v.value()), v.stored() == null ? "–" : numbers.format(v.stored()), v.change())).toList());
        runs(model, id, actor, locale);
        return form(model, c, ConnectorForm.of(c), Map.of());
    }

    @PostMapping("/connectors/{id}/run")
    String run(@PathVariable long id, Actor actor, Locale locale, RedirectAttributes redirect) {
        ConnectorRun run = connectors.run(id, actor);
        if ("ok".equals(run.status())) {
            redirect.addFlashAttribute("notice", messages.getMessage("connectors.ran",
                    new Object[] {run.created(), run.updated(), run.unchanged()}, locale));
        } else {
            redirect.addFlashAttribute("failure", messages.getMessage("connectors.runFailed", null, locale) + " "
                    + run.error());
        }
        return "redirect:/connectors/" + id;
    }

    @PostMapping("/connectors/{id}/delete")
    String delete(@PathVariable long id, Actor actor, Locale locale, RedirectAttributes redirect) {
        connectors.delete(id, actor);
        redirect.addFlashAttribute("notice", messages.getMessage("connectors.deleted", null, locale));
        return "redirect:/connectors";
    }

    private static ConnectorForm typed(Map<String, String> f, boolean stored, @Nullable List<String> codes,
                                       @Nullable List<String> sqls) {
        return ConnectorForm.typed(f.getOrDefault("name", ""), f.getOrDefault("jdbcUrl", ""), f.getOrDefault("username", ""),
                f.getOrDefault("passwordEnv", ""), stored, f.getOrDefault("cron", ""), f.containsKey("active"),
                f.getOrDefault("batchQuery", ""), f.getOrDefault("timeoutSeconds", ""), codes, sqls);
    }

    private String form(Model model, @Nullable Connector c, ConnectorForm form, Map<String, String> errors) {
        model.addAttribute("connector", c);
        model.addAttribute("form", form);
        model.addAttribute("rows", form.rows());
        model.addAttribute("errors", errors);
        return "connectors/edit";
    }

    private void runs(Model model, long id, Actor actor, Locale locale) {
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(ZoneId.systemDefault());
        model.addAttribute("runs", connectors.runs(id, actor, 20).stream()
                .map(r -> new ShownRun(r, time.format(r.startedAt()), r.slot() == null ? "" : time.format(r.slot())))
                .toList());
    }

    /**
     * Problems by input, in the reader's language: the fields of the form, each KPI query row's fields, and the rest
     * above the form.
     */
    private static Map<String, String> errors(List<FieldProblem> problems, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldProblem p : problems) {
            String key = p.field().matches("name|jdbcUrl|username|passwordEnv|password|cron|timeoutSeconds|batchQuery"
                    + "|queries\\[\\d+]\\.(kpiCode|sql)") ? p.field() : "form";
            errors.merge(key, RuleTexts.in(locale, p.message()), (a, b) -> a + "; " + b);
        }
        return errors;
    }

}
