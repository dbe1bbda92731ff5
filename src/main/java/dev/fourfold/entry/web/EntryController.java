package dev.fourfold.entry.web;

import dev.fourfold.entry.DataEntry;
import dev.fourfold.entry.EntryGrid;
import dev.fourfold.entry.GridSaving;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.Frequency;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The data-entry grid: GET shows it, POST saves every changed cell in one atomic batch and answers with the grid
 * again (the refused cells marked, what was typed kept) or redirects back to it with what was saved.
 */
@Controller
class EntryController {

    private final DataEntry entry;
    private final GridSaving saving;
    private final MessageSource messages;
    private final ProblemTexts texts;
    private final EntryFormats formats;

    EntryController(DataEntry entry, GridSaving saving, MessageSource messages, ProblemTexts texts,
                    EntryFormats formats) {
        this.formats = formats;
        this.entry = entry;
        this.saving = saving;
        this.messages = messages;
        this.texts = texts;
    }

    @GetMapping("/entry")
    String grid(@RequestParam(required = false) String scorecard, @RequestParam(required = false) String frequency,
                Model model, Actor actor) {
        return page(model, entry.grid(actor, scorecardId(scorecard), frequency(frequency)), Map.of(), Map.of(),
                Map.of(), List.of());
    }

    @PostMapping("/entry")
    String save(@RequestParam MultiValueMap<String, String> form, Model model, Actor actor, Locale locale,
                RedirectAttributes redirect, HttpServletResponse response) {
        Long scorecardId = scorecardId(form.getFirst("scorecard"));
        Frequency frequency = frequency(form.getFirst("frequency"));
        GridSaving.Outcome outcome = saving.save(EditForm.edits(form), locale, actor);
        if (outcome.refused()) {
            response.setStatus(outcome.stale() ? HttpServletResponse.SC_CONFLICT : HttpServletResponse.SC_BAD_REQUEST);
            Map<String, String> errors = new LinkedHashMap<>();
            outcome.cells().forEach((key, p) -> errors.put(key, texts.text(p, locale)));
            List<String> general = outcome.general().stream().map(p -> texts.text(p, locale)).toList();
            return page(model, entry.grid(actor, scorecardId, frequency), EditForm.typed(form, "v_"),
                    EditForm.typed(form, "c_"), errors, general);
        }
        String saved = outcome.saved() == 0 ? messages.getMessage("entry.saved.nothing", null, locale)
                : messages.getMessage("entry.saved", new Object[] {outcome.saved(), outcome.pending()}, locale);
        redirect.addFlashAttribute("saved", saved);
        return "redirect:" + UriComponentsBuilder.fromPath("/entry").queryParamIfPresent("scorecard",
                java.util.Optional.ofNullable(scorecardId)).queryParamIfPresent("frequency",
                java.util.Optional.ofNullable(frequency).map(Frequency::key)).build().toUriString();
    }

    private String page(Model model, EntryGrid grid, Map<String, String> typed, Map<String, String> comments,
                        Map<String, String> errors, List<String> general) {
        model.addAttribute("grid", grid);
        model.addAttribute("decimal", formats.decimal());
        model.addAttribute("typed", typed);
        model.addAttribute("comments", comments);
        model.addAttribute("errors", errors);
        model.addAttribute("general", general);
        model.addAttribute("refused", !errors.isEmpty() || !general.isEmpty());
        return "entry/grid";
    }

    private static @Nullable Long scorecardId(@Nullable String text) {
        try {
            return text == null || text.isBlank() ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null; // a hand-made address: show every scorecard
        }
    }

    private static @Nullable Frequency frequency(@Nullable String text) {
        try {
            return text == null || text.isBlank() ? null : Frequency.fromKey(text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
