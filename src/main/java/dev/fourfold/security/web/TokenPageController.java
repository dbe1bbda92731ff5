package dev.fourfold.security.web;

import dev.fourfold.security.ApiToken;
import dev.fourfold.security.TokenService;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in user's API tokens: list, create and revoke. A new token's secret travels to the next page as a
 * flash attribute, so it shows once and is gone on reload.
 */
@Controller
class TokenPageController extends PageController {

    static final int DEFAULT_DAYS = 90;
    private static final int MAX_DAYS = 365;
    private static final Set<String> INPUTS = Set.of("name", "scope", "expiresOn");

    private final TokenService tokens;
    private final Clock clock;
    private final MessageSource messages;

    TokenPageController(TokenService tokens, Clock clock, MessageSource messages) {
        this.tokens = tokens;
        this.clock = clock;
        this.messages = messages;
    }

    /** A token as the list shows it. */
    record Row(long id, String name, String prefix, String scope, String created, String expires, String lastUsed,
               String revoked, String state) {
    }

    /** What the create form shows: the values sent back after a mistake, or the defaults. */
    record Form(String name, String scope, String expiresOn) {
    }

    @GetMapping("/account/tokens")
    String list(Model model, Actor actor, Locale locale) {
        return page(model, actor, new Form("", "read", today().plusDays(DEFAULT_DAYS).toString()), Map.of(), locale);
    }

    @PostMapping("/account/tokens")
    String create(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String scope,
                  @RequestParam(defaultValue = "") String expiresOn, Model model, Actor actor,
                  RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
        Form form = new Form(name, scope, expiresOn);
        try {
            TokenService.Created created = tokens.create(actor, name, scope, endOf(expiresOn, locale));
            redirect.addFlashAttribute("created", created.token().name());
            redirect.addFlashAttribute("secret", created.secret());
            return "redirect:/account/tokens";
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(model, actor, form, FormErrors.of(e, INPUTS, Map.of("expiresAt", "expiresOn")), locale);
        }
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revoke(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
        tokens.revoke(id, actor);
        redirect.addFlashAttribute("revoked", id);
        return "redirect:/account/tokens";
    }

    private String page(Model model, Actor actor, Form form, Map<String, String> errors, Locale locale) {
        Instant now = clock.instant();
        List<Row> rows = tokens.mine(actor).stream()
                .sorted(Comparator.comparingLong(ApiToken::id).reversed()).map(t -> row(t, now, locale)).toList();
        model.addAttribute("tokens", rows);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("minDate", today().plusDays(1).toString());
        model.addAttribute("maxDate", today().plusDays(MAX_DAYS).toString());
        return "security/tokens";
    }

    private Row row(ApiToken t, Instant now, Locale locale) {
        String state = t.revokedAt() != null ? "revoked" : t.expiresAt().isAfter(now) ? "active" : "expired";
        return new Row(t.id(), t.name(), t.prefix(), t.scope(), Times.minutes(t.createdAt(), messages, locale),
                Times.day(t.expiresAt(), messages, locale), Times.minutes(t.lastUsedAt(), messages, locale),
                Times.minutes(t.revokedAt(), messages, locale), state);
    }

    /** A token expiring "on" a day is valid to the end of that day (UTC). */
    private Instant endOf(String day, Locale locale) {
        if (day.isBlank()) {
            throw new InvalidInputException("expiresOn", messages.getMessage("tokens.error.noDay", null, locale));
        }
        try {
            return LocalDate.parse(day.strip()).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusSeconds(1);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("expiresOn",
                    messages.getMessage("tokens.error.notADay", new Object[] {day}, locale));
        }
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
