package dev.fourfold.entry.web;

import dev.fourfold.entry.ApprovalQueue;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.ConflictException;
import dev.fourfold.shared.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The approver's queue. Approving or rejecting works as a plain form (redirecting back to the queue) and with htmx,
 * which swaps the row for nothing (and a status line) or, when the reason is missing, for the row with the message.
 */
@Controller
class ApprovalController {

    private final ApprovalQueue queue;
    private final MessageSource messages;

    ApprovalController(ApprovalQueue queue, MessageSource messages) {
        this.queue = queue;
        this.messages = messages;
    }

    @GetMapping("/approvals")
    String approvals(Model model, Actor actor) {
        model.addAttribute("queue", queue.of(actor));
        model.addAttribute("errors", Map.of());
        return "entry/approvals";
    }

    @PostMapping("/approvals/{id}/approve")
    String approve(@PathVariable long id, @RequestParam long version, Actor actor, Locale locale, Model model,
                   RedirectAttributes redirect, HttpServletResponse response,
                   @RequestHeader(name = "HX-Request", required = false) String htmx) {
        return reviewed(id, true, () -> queue.approve(id, version, actor), actor, locale, model, redirect, response, htmx, "");
    }

    @PostMapping("/approvals/{id}/reject")
    String reject(@PathVariable long id, @RequestParam long version, @RequestParam(defaultValue = "") String reason,
                  Actor actor, Locale locale, Model model, RedirectAttributes redirect, HttpServletResponse response,
                  @RequestHeader(name = "HX-Request", required = false) String htmx) {
        return reviewed(id, false, () -> queue.reject(id, version, reason, actor), actor, locale, model, redirect,
                response, htmx, reason);
    }

    private String reviewed(long id, boolean approve, Runnable review, Actor actor, Locale locale, Model model,
                            RedirectAttributes redirect, HttpServletResponse response, String htmx, String reason) {
        var pending = queue.one(id, actor);
        String name = pending.kpi().name() + " " + pending.value().period();
        try {
            review.run();
        } catch (InvalidInputException | ConflictException e) {
            boolean conflict = e instanceof ConflictException;
            response.setStatus(conflict ? HttpServletResponse.SC_CONFLICT : HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("errors", Map.of(id, conflict
                    ? messages.getMessage("entry.approvals.refused", new Object[] {e.getMessage()}, locale)
                    : messages.getMessage("entry.approvals.reasonRequired", null, locale)));
            model.addAttribute("reasons", Map.of(id, reason));
            if (htmx != null) {
                // the row fragment repeats over the queue: here a queue of this one value
                model.addAttribute("queue", java.util.List.of(conflict ? queue.one(id, actor) : pending));
                return "entry/approvals :: row";
            }
            model.addAttribute("queue", queue.of(actor));
            return "entry/approvals";
        }
        String done = messages.getMessage(approve ? "entry.approvals.approved" : "entry.approvals.rejected",
                new Object[] {name}, locale);
        if (htmx != null) {
            model.addAttribute("done", done);
            return "entry/approvals :: done";
        }
        redirect.addFlashAttribute("done", done);
        return "redirect:/approvals";
    }
}
