package dev.fourfold.importing.web;

import dev.fourfold.importing.ImportSummary;
import dev.fourfold.importing.ScorecardFileService;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.ChangeSource;
import dev.fourfold.shared.ConflictException;
import dev.fourfold.shared.ForbiddenException;
import dev.fourfold.shared.InvalidInputException;
import dev.fourfold.shared.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A scorecard file from the browser: upload (or paste) it, see what it would create or change — or every problem
 * with its line — and then apply it. Between preview and apply the file is kept in the session under a fresh
 * token, one per session, so that what is applied is exactly what was previewed.
 */
@Controller
class ScorecardUploadController {

    private static final String KEPT = ScorecardUploadController.class.getName() + ".file";

    /** A previewed file waiting to be applied. */
    private record Kept(String token, String text) {
    }

    private final ScorecardFileService files;
    private final MessageSource messages;

    ScorecardUploadController(ScorecardFileService files, MessageSource messages) {
        this.files = files;
        this.messages = messages;
    }

    @GetMapping("/scorecards/upload")
    String form() {
        return "importing/upload";
    }

    @PostMapping("/scorecards/upload")
    String preview(@RequestParam(required = false) @Nullable MultipartFile file,
                   @RequestParam(defaultValue = "") String text, Model model, Actor actor, HttpSession session,
                   HttpServletResponse response, Locale locale) throws IOException {
        String content = file != null && !file.isEmpty() ? new String(file.getBytes(), StandardCharsets.UTF_8) : text;
        model.addAttribute("text", file != null && !file.isEmpty() ? "" : text);
        if (content.isBlank()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("problems", List.of(messages.getMessage("import.empty", null, locale)));
            return "importing/upload";
        }
        try {
            ImportSummary summary = files.importFile(content, true, actor.via(ChangeSource.IMPORT));
            String token = UUID.randomUUID().toString();
            session.setAttribute(KEPT, new Kept(token, content));
            model.addAttribute("token", token);
            model.addAttribute("summary", summary);
            model.addAttribute("changes", new TreeMap<>(summary.changes()));
            model.addAttribute("nothing", summary.changes().values().stream()
                    .allMatch(c -> c.created() + c.updated() + c.retired() == 0));
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("problems", e.problems().stream().map(p -> p.field().isEmpty() ? p.message()
                    : p.field() + ": " + p.message()).toList());
        } catch (ForbiddenException | NotFoundException | ConflictException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("problems", List.of(e.getMessage()));
        }
        return "importing/upload";
    }

    @PostMapping("/scorecards/upload/apply")
    String apply(@RequestParam String token, Actor actor, HttpSession session, RedirectAttributes redirect,
                 Model model, HttpServletResponse response, Locale locale) {
        if (!(session.getAttribute(KEPT) instanceof Kept kept) || !kept.token().equals(token)) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("problems", List.of(messages.getMessage("import.expired", null, locale)));
            return "importing/upload";
        }
        try {
            ImportSummary summary = files.importFile(kept.text(), false, actor.via(ChangeSource.IMPORT));
            session.removeAttribute(KEPT);
            redirect.addFlashAttribute("done", messages.getMessage("import.applied", null, locale));
            return "redirect:/scorecards/" + summary.scorecardId();
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("problems", e.problems().stream().map(p -> p.field() + ": " + p.message()).toList());
        } catch (ForbiddenException | NotFoundException | ConflictException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("problems", List.of(e.getMessage()));
        }
        return "importing/upload";
    }
}
