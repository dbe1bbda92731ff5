package dev.fourfold.importing.web;

import dev.fourfold.importing.values.ValueImport;
import dev.fourfold.importing.values.ValueImports;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.ConflictException;
import dev.fourfold.shared.InvalidInputException;
import dev.fourfold.shared.NotFoundException;
import dev.fourfold.shared.RuleTexts;
import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Importing files of values from the browser: the upload (with a progress bar where scripts run), the preview of
 * an upload with its refused rows, the commit, and the imports one made before. The flow of {@link ValueImports}.
 */
@Controller
class ValueImportPageController {

    private final ValueImports imports;
    private final MessageSource messages;

    ValueImportPageController(ValueImports imports, MessageSource messages) {
        this.imports = imports;
        this.messages = messages;
    }

    /** An import as the page lists it: its times in the reader's language. */
    record Listed(ValueImport i, String createdAt, String committedAt) {
    }

    @GetMapping("/imports")
    String page(@RequestParam(defaultValue = "actual") String kind, Model model, Actor actor, Locale locale) {
        model.addAttribute("history", imports.history(actor, 50).stream().map(i -> listed(i, locale)).toList());
        model.addAttribute("kind", "target".equals(kind) ? "target" : "actual");
        return "importing/values";
    }

    @PostMapping("/imports")
    String upload(@RequestParam(value = "file", required = false) MultipartFile file,
                  @RequestParam(defaultValue = "actual") String kind, Model model, Actor actor, Locale locale,
                  HttpServletResponse response) {
        if (file == null || file.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("error", messages.getMessage("imports.choose", null, locale));
            return page(kind, model, actor, locale);
        }
        ValueImport preview = Uploads.withFile(file, source -> imports.preview(file.getOriginalFilename(), kind, source,
                actor));
        return "redirect:/imports/" + preview.id();
    }

    @GetMapping("/imports/{id}")
    String preview(@PathVariable long id, Model model, Actor actor, Locale locale) {
        ValueImport i = imports.get(id, actor);
        model.addAttribute("imp", listed(i, locale));
        model.addAttribute("problems", shown(i.problems(), locale));
        model.addAttribute("warnings", shown(i.warnings(), locale));
        return "importing/value-import";
    }

    private static List<Shown> shown(List<dev.fourfold.importing.values.RowProblem> problems, Locale locale) {
        return problems.stream().map(p -> new Shown(p.row(), p.column() == 0 ? ""
                : dev.fourfold.importing.values.RowProblem.letters(p.column()), p.header(),
                RuleTexts.in(locale, p.message()))).toList();
    }

    /** A refused row or a warning as the page shows it. */
    record Shown(int row, String column, String header, String message) {
    }

    @PostMapping("/imports/{id}/commit")
    String commit(@PathVariable long id, Actor actor, Locale locale, RedirectAttributes redirect) {
        try {
            ValueImport done = imports.commit(id, actor);
            redirect.addFlashAttribute("done", messages.getMessage(done.created() + done.updated() == 0
                    ? "imports.committed.nothing" : "imports.committed",
                    new Object[] {done.created(), done.updated()}, locale));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", String.join("; ", e.problems().stream().limit(5)
                    .map(p -> p.field() + ": " + RuleTexts.in(locale, p.message())).toList()));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/imports/" + id;
    }

    private static Listed listed(ValueImport i, Locale locale) {
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(ZoneId.systemDefault());
        return new Listed(i, time.format(i.createdAt()), i.committedAt() == null ? "" : time.format(i.committedAt()));
    }

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(NotFoundException e, Model model) {
        model.addAttribute("message", e.getMessage());
        return "error/404";
    }
}
