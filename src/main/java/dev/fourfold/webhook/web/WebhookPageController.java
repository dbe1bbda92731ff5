package dev.fourfold.webhook.web;

import dev.fourfold.scorecard.ScorecardService;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.ConflictException;
import dev.fourfold.shared.InvalidInputException;
import dev.fourfold.shared.PageRequest;
import dev.fourfold.webhook.WebhookEvent;
import dev.fourfold.webhook.WebhookSubscription;
import dev.fourfold.webhook.Webhooks;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The webhooks page of administrators: the subscriptions with a form for a new one, and each subscription's page
 * with its settings, the "send test event" and "rotate secret" actions and its delivery log. A new subscription's
 * secret shows once, on the page the creation leads to, and so does a rotated one.
 */
@Controller
class WebhookPageController {

    private final Webhooks webhooks;
    private final ScorecardService scorecards;

    WebhookPageController(Webhooks webhooks, ScorecardService scorecards) {
        this.webhooks = webhooks;
        this.scorecards = scorecards;
    }

    /** What the form shows: the values sent back after a mistake, or the subscription's. */
    record Form(String url, List<String> events, String scorecardId, boolean active, String description, long version) {

        static Form of(WebhookSubscription s) {
            return new Form(s.url(), s.events(), s.scorecardId() == null ? "" : s.scorecardId().toString(), s.active(),
                    s.description() == null ? "" : s.description(), s.version());
        }

        Webhooks.Draft draft() {
            return new Webhooks.Draft(url, events, scorecardId.isBlank() ? null : Long.valueOf(scorecardId), active,
                    description);
        }
    }

    /** A scorecard as the filter's choices show it. */
    record Choice(long id, String name) {
    }

    @GetMapping("/webhooks")
    String list(Model model, Actor actor) {
        List<WebhookSubscription> all = webhooks.list(actor);
        return listPage(model, actor, all, new Form("", WebhookEvent.subscribable(), "", true, "", 0), Map.of());
    }

    @PostMapping("/webhooks")
    String create(@RequestParam(defaultValue = "") String url, @RequestParam(required = false) @Nullable List<String> events,
                  @RequestParam(defaultValue = "") String scorecardId, @RequestParam(defaultValue = "false") boolean active,
                  @RequestParam(defaultValue = "") String description, Model model, Actor actor,
                  RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
        List<WebhookSubscription> all = webhooks.list(actor);
        Form form = new Form(url, events == null ? List.of() : events, scorecard(scorecardId), active, description, 0);
        try {
            Webhooks.CreatedWebhook created = webhooks.create(form.draft(), actor);
            redirect.addFlashAttribute("secret", created.secret());
            return "redirect:/webhooks/" + created.subscription().id();
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return listPage(model, actor, all, form, WebhookForms.errors(e, locale));
        }
    }

    @GetMapping("/webhooks/{id}")
    String show(@PathVariable long id, Model model, Actor actor, Locale locale) {
        WebhookSubscription s = webhooks.get(id, actor);
        return showPage(model, actor, s, Form.of(s), Map.of(), locale);
    }

    @PostMapping("/webhooks/{id}")
    String update(@PathVariable long id, @RequestParam(defaultValue = "") String url,
                  @RequestParam(required = false) @Nullable List<String> events,
                  @RequestParam(defaultValue = "") String scorecardId, @RequestParam(defaultValue = "false") boolean active,
                  @RequestParam(defaultValue = "") String description, @RequestParam(defaultValue = "-1") long version,
                  Model model, Actor actor, RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
        WebhookSubscription s = webhooks.get(id, actor);
        Form form = new Form(url, events == null ? List.of() : events, scorecard(scorecardId), active, description,
                version);
        try {
            webhooks.update(id, form.draft(), version, actor);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/webhooks/" + id;
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return showPage(model, actor, s, form, WebhookForms.errors(e, locale), locale);
        } catch (ConflictException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return showPage(model, actor, s, form, Map.of(WebhookForms.FORM, e.getMessage()), locale);
        }
    }

    @PostMapping("/webhooks/{id}/delete")
    String delete(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
        webhooks.delete(id, null, actor);
        redirect.addFlashAttribute("deleted", true);
        return "redirect:/webhooks";
    }

    @PostMapping("/webhooks/{id}/test")
    String test(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
        webhooks.sendTest(id, actor);
        redirect.addFlashAttribute("queued", true);
        return "redirect:/webhooks/" + id;
    }

    /** Shows the new secret once, on the page the rotation leads back to, as a creation does. */
    @PostMapping("/webhooks/{id}/secret")
    String rotateSecret(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
        redirect.addFlashAttribute("secret", webhooks.rotateSecret(id, actor).secret());
        redirect.addFlashAttribute("rotated", true);
        return "redirect:/webhooks/" + id;
    }

    private String listPage(Model model, Actor actor, List<WebhookSubscription> all, Form form, Map<String, String> errors) {
        model.addAttribute("subscriptions", all);
        common(model, actor, form, errors);
        return "webhooks/list";
    }

    private String showPage(Model model, Actor actor, WebhookSubscription s, Form form, Map<String, String> errors,
                            Locale locale) {
        model.addAttribute("subscription", s);
        model.addAttribute("deliveries", WebhookForms.rows(webhooks.deliveries(s.id(), actor), locale));
        common(model, actor, form, errors);
        return "webhooks/show";
    }

    private void common(Model model, Actor actor, Form form, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("eventNames", WebhookEvent.subscribable());
        model.addAttribute("scorecards", scorecards.list(null, new PageRequest(0, PageRequest.MAX_SIZE), actor)
                .items().stream().map(c -> new Choice(c.id(), c.name())).toList());
    }

    /** A scorecard id as typed; a non-number becomes one no scorecard has, which the service refuses by name. */
    private static String scorecard(String id) {
        String plain = id.strip();
        return plain.isEmpty() || plain.matches("\\d{1,18}") ? plain : "0";
    }
}
